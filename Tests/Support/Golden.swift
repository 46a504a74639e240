import Foundation
import TerminalUI
import Testing

/// Golden files: `Tests/Goldens/<Target>/<path>` for the calling test's target.
/// The one helper for every golden (screens, command output, reports).
///
/// They live outside the target folder because SwiftPM warns about unhandled
/// files inside a target and Package.swift declares no resources for tests.
///
/// Set `KFL_UPDATE_GOLDENS=1` to (re)write them; review the change with
/// `git diff` before committing. A missing golden fails with that hint. In CI
/// (`CI` set) updating is refused: goldens are the spec, never rewritten there.
public enum Golden {
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["KFL_UPDATE_GOLDENS"] == "1" }
    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// `Tests/Goldens/<Target>` for a test file somewhere under `Tests/<Target>`.
    public static func directory(for filePath: String) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.pathComponents.count > 1, url.deletingLastPathComponent().lastPathComponent != "Tests" {
            url = url.deletingLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("Goldens").appendingPathComponent(
            url.lastPathComponent)
    }

    /// Compares `actual` with the golden at `url` byte for byte, or writes it when updating.
    public static func expect(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if isUpdating {
            guard !isCI else {
                Issue.record(
                    "KFL_UPDATE_GOLDENS is set in CI: goldens are never rewritten there", sourceLocation: sourceLocation
                )
                return
            }
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.path); run with KFL_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if let diff = GoldenDiff.lineDiff(expected: expected, actual: actual) {
            Issue.record(
                "\(url.lastPathComponent) differs (KFL_UPDATE_GOLDENS=1 to accept)\n\(diff)",
                sourceLocation: sourceLocation)
        }
    }
}

/// Compares `actual` with the golden file `name`.txt (a final line end added), or writes it when updating.
public func expectGolden(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let content = actual.hasSuffix("\n") ? actual : actual + "\n"
    Golden.expect(
        content, at: Golden.directory(for: filePath).appendingPathComponent(name + ".txt"),
        sourceLocation: sourceLocation)
}

/// Compares `actual` exactly with the golden `file` (any extension, a
/// path under the target's goldens: "Analyse/analysis.html").
public func expectGolden(
    _ actual: String, file: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    Golden.expect(
        actual, at: Golden.directory(for: filePath).appendingPathComponent(file), sourceLocation: sourceLocation)
}

/// A screen's text and style map in one golden, so both are reviewed together.
public func expectGolden(
    _ screen: Screen, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectGolden(
        screen.text + "\n===\n" + screen.styleMap, named: name, filePath: filePath, sourceLocation: sourceLocation)
}
