import CSQLite
import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a file lives, as far as SQLite's locking cares: on this machine's
/// own disk, on a network file system, or in a folder a sync client copies to
/// other machines.
///
/// SQLite's WAL journal keeps its index in shared memory (`-shm`), which only
/// works when every connection is on one machine, and keeps recent commits in
/// a second file (`-wal`) that a sync client may copy at another moment than
/// the database. So the workbook uses WAL only on a local disk; elsewhere it
/// uses the rollback journal (`DELETE`), where the database file alone is
/// complete after every commit. Detection errs towards "not local": the cost
/// of a false alarm is only the slower journal.
public enum StorageLocation: Sendable, Hashable {
    case local
    /// A network file system, by name ("NFS", "SMB/CIFS", …).
    case network(String)
    /// A folder a sync client manages, by the client's name ("Dropbox", …).
    case synced(String)

    /// Whether SQLite's WAL journal is safe here.
    public var allowsWAL: Bool { self == .local }

    /// Where the folder `folder` lives (an existing folder; the workbook's).
    public static func of(folder: String) -> StorageLocation {
        if let name = networkFileSystem(at: folder) { return .network(name) }
        let url = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        if let client = syncClient(pathComponents: url.pathComponents) ?? syncClient(markersAbove: url) {
            return .synced(client)
        }
        return .local
    }

    // MARK: Network file systems

    /// The network file system `path` is on, if it is on one.
    static func networkFileSystem(at path: String) -> String? {
        #if os(Linux)
        let type = kfl_filesystem_type(path)
        guard type != 0 else { return nil }
        return networkFileSystem(linuxType: UInt32(truncatingIfNeeded: type))
        #else
        var info = statfs()
        guard statfs(path, &info) == 0 else { return nil }
        let name = withUnsafeBytes(of: info.f_fstypename) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        return networkFileSystem(macOSName: name)
        #endif
    }

    /// Linux: `statfs`'s `f_type` (the magic numbers of `linux/magic.h`).
    /// FUSE counts: sshfs, rclone and most cloud-drive mounts are FUSE.
    static func networkFileSystem(linuxType type: UInt32) -> String? {
        switch type {
        case 0x6969: return "NFS"
        case 0x517B, 0xFF53_4D42, 0xFE53_4D42: return "SMB/CIFS"
        case 0x5346_414F, 0x6B41_4653: return "AFS"
        case 0x00C3_6400: return "Ceph"
        case 0x0102_1997: return "9P"
        case 0x7375_7245: return "Coda"
        case 0x564C: return "NCP"
        case 0x6573_5546: return "FUSE"
        case 0x0116_1970: return "GFS2"
        case 0x7461_636F: return "OCFS2"
        default: return nil
        }
    }

    /// macOS: `statfs`'s `f_fstypename`.
    static func networkFileSystem(macOSName name: String) -> String? {
        switch name.lowercased() {
        case "nfs": return "NFS"
        case "smbfs", "cifs": return "SMB/CIFS"
        case "afpfs": return "AFP"
        case "webdav": return "WebDAV"
        case "macfuse", "osxfuse", "fusefs", "osxfusefs": return "FUSE"
        default: return nil
        }
    }

    // MARK: Sync clients

    /// A sync client's folder told by a name in the path: macOS's cloud
    /// folders (`~/Library/CloudStorage/OneDrive-…`, iCloud's `Mobile
    /// Documents`) and the default folders of clients that leave no marker.
    static func syncClient(pathComponents components: [String]) -> String? {
        for (index, component) in components.enumerated() {
            let parent = index > 0 ? components[index - 1] : ""
            if parent == "Library", component == "CloudStorage", index + 1 < components.count {
                let provider = components[index + 1].split(separator: "-").first.map(String.init) ?? ""
                return cloudStorageNames[provider] ?? provider
            }
            if parent == "Library", component == "Mobile Documents" { return "iCloud Drive" }
            if component == "OneDrive" || component.hasPrefix("OneDrive - ") { return "OneDrive" }
            if component == "Google Drive" || component == "GoogleDrive" { return "Google Drive" }
        }
        return nil
    }

    static let cloudStorageNames = ["GoogleDrive": "Google Drive", "OneDrive": "OneDrive", "Dropbox": "Dropbox"]

    /// The marker a sync client leaves in the root of the folder it manages,
    /// in `url` or a folder above it.
    static func syncClient(markersAbove url: URL) -> String? {
        var folder = url
        while true {
            if let client = syncClient(markersIn: folder.path) { return client }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Dropbox: a `.dropbox` file or `.dropbox.cache` folder (the `.dropbox`
    /// *folder* in a home folder is the client's settings, not a synced
    /// folder). Syncthing: `.stfolder`. Resilio Sync: `.sync/ID`. Nextcloud
    /// and ownCloud: their log or sync journal (`._sync_….db`, `.sync_….db`).
    static func syncClient(markersIn folder: String) -> String? {
        func kind(_ name: String) -> FileStatus.Kind {
            FileStatus.of(PathText.appending(name, to: folder)).kind
        }
        if kind(".dropbox") == .regularFile || kind(".dropbox.cache") == .directory { return "Dropbox" }
        if kind(".stfolder") != .missing { return "Syncthing" }
        if kind(".sync/ID") == .regularFile { return "Resilio Sync" }
        if kind(".nextcloudsync.log") == .regularFile { return "Nextcloud" }
        if kind(".owncloudsync.log") == .regularFile { return "ownCloud" }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if names.contains(where: isSyncJournal) { return "Nextcloud/ownCloud" }
        return nil
    }

    static func isSyncJournal(_ name: String) -> Bool {
        (name.hasPrefix("._sync_") || name.hasPrefix(".sync_")) && name.hasSuffix(".db")
    }
}
