import KFLApp
import KFLStore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Remembers where the user was, per snapshot, in the data directory.
enum RememberedLocation {
    static func load(snapshot: String) -> BrowserLocation? {
        let url = URL(fileURLWithPath: DataDirectory.resolve().statePath)
        guard let data = try? Data(contentsOf: url),
            let all = try? JSONDecoder().decode([String: BrowserLocation].self, from: data)
        else { return nil }
        return all[key(snapshot)]
    }

    static func save(_ location: BrowserLocation, snapshot: String) {
        let directory = DataDirectory.resolve()
        guard (try? directory.create()) != nil else { return }
        let url = URL(fileURLWithPath: directory.statePath)
        var all =
            (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode([String: BrowserLocation].self, from: $0) }
            ?? [:]
        all[key(snapshot)] = location
        if let data = try? JSONEncoder().encode(all) { try? data.write(to: url, options: .atomic) }
    }

    static func key(_ snapshot: String) -> String { URL(fileURLWithPath: snapshot).standardizedFileURL.path }
}
