import Foundation
import Testing
import TerminalUI

/// Golden files: `Tests/Goldens/<Target>/<name>.txt` for the calling test's target.
///
/// They live outside the target folder because SwiftPM warns about unhandled
/// files inside a target and Package.swift declares no resources for tests.
///
/// Set `KFL_UPDATE_GOLDENS=1` to (re)write them; review the change with
/// `git diff` before committing. A missing golden fails with that hint.
public enum Golden {
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["KFL_UPDATE_GOLDENS"] == "1" }

    /// `Tests/Goldens/<Target>` for a test file somewhere under `Tests/<Target>`.
    public static func directory(for filePath: String) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.pathComponents.count > 1, url.deletingLastPathComponent().lastPathComponent != "Tests" {
            url = url.deletingLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("Goldens").appendingPathComponent(url.lastPathComponent)
    }
}

/// Compares `actual` with the golden file `name`.txt, or writes it when updating.
public func expectGolden(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = Golden.directory(for: filePath).appendingPathComponent(name + ".txt")
    let content = actual.hasSuffix("\n") ? actual : actual + "\n"
    if Golden.isUpdating {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden \(url.path); run with KFL_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
        return
    }
    if let diff = GoldenDiff.lineDiff(expected: expected, actual: content) {
        Issue.record("\(name).txt differs (KFL_UPDATE_GOLDENS=1 to accept)\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// A screen's text and style map in one golden, so both are reviewed together.
public func expectGolden(
    _ screen: Screen, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectGolden(screen.text + "\n===\n" + screen.styleMap, named: name, filePath: filePath, sourceLocation: sourceLocation)
}
