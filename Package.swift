// swift-tools-version: 6.0
import PackageDescription

// kfl: Kultur for læring results and pedagogisk analyse in the terminal.
// No third-party packages: Foundation, plus ncursesw and SQLite from the system.
let package = Package(
    name: "kfl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kfl", targets: ["kfl"])
    ],
    targets: [
        // System libraries (the only C in the package).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CNcursesw",
            // No pkgConfig: ncursesw.pc carries -D flags that SwiftPM rejects with a
            // warning; the shim header defines what they would.
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),

        // Turns data/*.json into Swift at build time, so the binary carries the
        // survey instrument and geography with it.
        .executableTarget(name: "embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),

        // Pure core: survey model, statistics, suppression, formatting, strings.
        // Optimised in debug builds too: the tests import the demo county through the real
        // suppression, which unoptimised takes minutes instead of seconds.
        .target(
            name: "KFLCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))],
            plugins: ["EmbedData"]),
        // SQLite edge: snapshot (read-only) and workbook (read-write).
        .target(name: "KFLStore", dependencies: ["KFLCore", "CSQLite"]),
        // CSV import pipeline and the demo generator.
        .target(name: "KFLImport", dependencies: ["KFLCore", "KFLStore"]),
        // Pure terminal UI: screen grid, styles, widgets, keys.
        .target(name: "TerminalUI"),
        // ncurses edge: presents a Screen, reads keys.
        .target(
            name: "KFLTerminal", dependencies: ["TerminalUI", "CNcursesw"],
            // macOS: Homebrew's ncurses (6.x, wide) is keg-only, off the default
            // search paths (Apple Silicon and Intel prefixes); Linux finds it in /usr.
            swiftSettings: [
                .unsafeFlags(
                    ["-Xcc", "-I/opt/homebrew/opt/ncurses/include", "-Xcc", "-I/usr/local/opt/ncurses/include"],
                    .when(platforms: [.macOS]))
            ],
            linkerSettings: [
                .unsafeFlags(
                    ["-L/opt/homebrew/opt/ncurses/lib", "-L/usr/local/opt/ncurses/lib"], .when(platforms: [.macOS]))
            ]
        ),
        // Pure application: state, actions, update, view.
        .target(name: "KFLApp", dependencies: ["KFLCore", "TerminalUI"]),
        // Command line: parsing, commands, exit codes.
        .target(
            name: "KFLCLI",
            dependencies: ["KFLCore", "KFLStore", "KFLImport", "TerminalUI", "KFLTerminal", "KFLApp"]
        ),
        .executableTarget(name: "kfl", dependencies: ["KFLCLI"]),

        // Shared by the test targets: golden files, screen expectations, demo fixtures.
        .target(
            name: "KFLTestSupport", dependencies: ["TerminalUI", "KFLCore", "KFLStore", "KFLImport"],
            path: "Tests/Support"
        ),

        .testTarget(name: "KFLCoreTests", dependencies: ["KFLCore", "KFLTestSupport"]),
        .testTarget(name: "KFLStoreTests", dependencies: ["KFLStore", "KFLImport", "KFLTestSupport"]),
        .testTarget(name: "KFLImportTests", dependencies: ["KFLImport", "KFLStore", "KFLTestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "KFLTestSupport"]),
        .testTarget(
            name: "KFLAppTests", dependencies: ["KFLApp", "KFLStore", "KFLImport", "TerminalUI", "KFLTestSupport"]),
        .testTarget(name: "KFLCLITests", dependencies: ["KFLCLI", "KFLTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
