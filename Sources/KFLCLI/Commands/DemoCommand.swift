import KFLCore
import KFLImport
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// `kfl demo -o SNAPSHOT`: the synthetic county through the real import.
enum DemoCommand {
    static func run(_ options: Command.DemoOptions, console: Console) -> ExitCode {
        build(
            output: options.output, csvDirectory: options.csvDirectory, seed: options.seed,
            national: options.national,
            rule: ProtectionRule(minimumN: options.minimumN, protectionPercent: options.protectionPercent),
            console: console)
    }

    /// Generates respondent CSV (kept in `csvDirectory`, else in a temporary
    /// folder that is removed) and imports it as a demo snapshot.
    /// - Parameter replacingAnything: the data folder's own demo file, rebuilt whatever it holds.
    static func build(
        output: String, csvDirectory: String?, seed: UInt64, national: Bool, rule: ProtectionRule, console: Console,
        replacingAnything: Bool = false
    ) -> ExitCode {
        if let refused = ImportCommand.refuseOutput(
            output, inputs: [], console: console, replacingAnything: replacingAnything)
        {
            return refused
        }
        let generator = DemoGenerator(seed: seed, scale: national ? .national : .county)
        let keep = csvDirectory.map { URL(fileURLWithPath: $0) }
        let directory =
            keep
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "kfl-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let files: [URL]
        let existed = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        let folderExisted = FileManager.default.fileExists(atPath: directory.path)
        // Stopped by a signal (Ctrl-C while the first demo is built), kfl takes the files this run
        // was making with it: the user's own files in a kept folder are never on the list.
        var signalCleanup = (generator.fileNames() + [GeographyFile.defaultName])
            .filter { keep == nil || !existed.contains($0) }
            .map { TemporaryFiles.registerFile(directory.appendingPathComponent($0).path) }
        if !folderExisted { signalCleanup.append(TemporaryFiles.registerFolder(directory.path)) }
        defer {
            if keep == nil { try? FileManager.default.removeItem(at: directory) }
            signalCleanup.forEach(TemporaryFiles.unregister)
        }
        let geography: URL
        do {
            files = try generator.writeCSV(to: directory)
            geography = try generator.writeGeography(to: directory)
        } catch {
            // Nothing half-written: the CSV files this run made go again (a full disk stops it midway).
            let now = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in now where !existed.contains(name) {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
            if !folderExisted { try? FileManager.default.removeItem(at: directory) }
            let message = Strings.CLI.cannotWrite(directory.path, reason: ErrorText.message(for: error))
            console.err(Strings.CLI.error(message))
            console.debugDetail(error)
            return .cannotCreate
        }
        let scale = national ? "landet" : "fylket"
        // The demo's geography goes through the geography file, as any county's would.
        let geographyFile = Importer.GeographyFileOption(
            url: geography, displayName: GeographyFile.defaultName, topName: generator.geographyTopName)
        let options = Importer.Options(
            minimumN: rule.minimumN, protectionPercent: rule.protectionPercent, geographyFile: geographyFile,
            source: Strings.CLI.demoSource(scale: "\(scale)", seed: seed), isDemo: true)
        let code = ImportCommand.importFiles(
            files, output: output, options: options, console: console, replacingAnything: replacingAnything)
        if code == .success, let keep {
            console.out(Strings.CLI.demoCSVKept(keep.path, files: files.count + 1))
            console.out(
                Strings.CLI.demoReimport(
                    keep.path, geography: GeographyFile.defaultName, topName: generator.geographyTopName))
        }
        return code
    }

    /// The demo snapshot in the data directory, built on first use (and again
    /// when this kfl writes a newer schema than the one there).
    static func ensureDemoSnapshot(console: Console) -> Result<String, ExitCode> {
        let directory = DataDirectory.resolve()
        do {
            try directory.create()
        } catch {
            let message = Strings.CLI.cannotWrite(directory.path, reason: ErrorText.message(for: error))
            console.err(Strings.CLI.error(message))
            console.debugDetail(error)
            return .failure(.cannotCreate)
        }
        let url = URL(fileURLWithPath: directory.demoSnapshotPath)
        if let reader = try? SnapshotReader(path: url.path), reader.info.isDemo,
            reader.info.schemaVersion == SnapshotSchema.version
        {
            return .success(url.path)
        }
        console.err(Strings.CLI.buildingDemo(url.path))
        let quiet = Console(out: { _ in }, err: console.err, progress: console.progress)
        let started = ContinuousClock.now
        let code = build(
            output: url.path, csvDirectory: nil, seed: 2016, national: false, rule: .standard, console: quiet,
            replacingAnything: true)
        guard code == .success else { return .failure(code) }
        console.err(Strings.CLI.demoBuilt(seconds: Int((ContinuousClock.now - started).components.seconds)))
        return .success(url.path)
    }
}
