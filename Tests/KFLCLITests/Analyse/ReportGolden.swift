import Foundation
import Testing

/// Golden files for the analysis reports: `Tests/Goldens/KFLCLITests/Analyse/<name>`.
///
/// Outside the target folder, as the project's other goldens, because SwiftPM
/// warns about unhandled files inside a target. `KFL_UPDATE_GOLDENS=1`
/// rewrites them; review with `git diff`.
enum ReportGolden {
    static func url(_ name: String, filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()  // …/Tests/KFLCLITests/Analyse
        let folder = url.lastPathComponent
        url.deleteLastPathComponent()
        let target = url.lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("Goldens/\(target)/\(folder)/\(name)")
    }

    static func expect(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = url(name)
        if ProcessInfo.processInfo.environment["KFL_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.path); run with KFL_UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let context = (max(0, first - 2)..<min(max(e.count, a.count), first + 3)).map { i in
            let l = i < e.count ? e[i] : "∅", r = i < a.count ? a[i] : "∅"
            return l == r ? "  \(i + 1): \(l)" : "- \(i + 1): \(l)\n+ \(i + 1): \(r)"
        }
        let message = "\(name) differs at line \(first + 1) (KFL_UPDATE_GOLDENS=1 to accept)\n" + context.joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
