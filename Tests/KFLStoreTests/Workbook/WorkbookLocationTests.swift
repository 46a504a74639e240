import Foundation
import KFLCore
import KFLTestSupport
import Testing

@testable import KFLStore

/// WAL on a local disk only: on a network file system or in a synced folder
/// the workbook uses the rollback journal, where the database file alone is
/// complete after every commit.
@Suite struct WorkbookLocationTests {
    @Test("the network file systems, by Linux's statfs f_type")
    func linuxTypes() {
        #expect(StorageLocation.networkFileSystem(linuxType: 0x6969) == "NFS")
        #expect(StorageLocation.networkFileSystem(linuxType: 0xFF53_4D42) == "SMB/CIFS")
        #expect(StorageLocation.networkFileSystem(linuxType: 0xFE53_4D42) == "SMB/CIFS")
        #expect(StorageLocation.networkFileSystem(linuxType: 0x517B) == "SMB/CIFS")
        #expect(StorageLocation.networkFileSystem(linuxType: 0x6573_5546) == "FUSE")
        #expect(StorageLocation.networkFileSystem(linuxType: 0x0102_1997) == "9P")
        // ext4, tmpfs, btrfs, xfs, overlayfs: local.
        for local: UInt32 in [0xEF53, 0x0102_1994, 0x9123_683E, 0x5846_5342, 0x794C_7630] {
            #expect(StorageLocation.networkFileSystem(linuxType: local) == nil)
        }
    }

    @Test("the network file systems, by macOS's statfs f_fstypename")
    func macOSNames() {
        #expect(StorageLocation.networkFileSystem(macOSName: "nfs") == "NFS")
        #expect(StorageLocation.networkFileSystem(macOSName: "smbfs") == "SMB/CIFS")
        #expect(StorageLocation.networkFileSystem(macOSName: "afpfs") == "AFP")
        #expect(StorageLocation.networkFileSystem(macOSName: "webdav") == "WebDAV")
        #expect(StorageLocation.networkFileSystem(macOSName: "macfuse") == "FUSE")
        for local in ["apfs", "hfs", "msdos", "exfat"] {
            #expect(StorageLocation.networkFileSystem(macOSName: local) == nil)
        }
    }

    @Test("cloud folders told by their names in the path")
    func pathNames() {
        func client(_ path: String) -> String? {
            StorageLocation.syncClient(pathComponents: URL(fileURLWithPath: path).pathComponents)
        }
        #expect(client("/Users/rektor/Library/CloudStorage/OneDrive-Personal/kfl") == "OneDrive")
        #expect(client("/Users/rektor/Library/CloudStorage/GoogleDrive-rektor@skole.no/Min disk") == "Google Drive")
        #expect(client("/Users/rektor/Library/CloudStorage/Box-Box") == "Box")
        #expect(client("/Users/rektor/Library/Mobile Documents/com~apple~CloudDocs") == "iCloud Drive")
        #expect(client("/home/rektor/OneDrive/kfl") == "OneDrive")
        #expect(client("/home/rektor/OneDrive - Åsnes kommune/kfl") == "OneDrive")
        #expect(client("/home/rektor/Google Drive/kfl") == "Google Drive")
        #expect(client("/home/rektor/.local/share/kfl") == nil)
        #expect(client("/home/rektor/Library/kfl") == nil)
    }

    @Test("a workbook in a Dropbox folder uses the rollback journal; one beside Dropbox's settings uses WAL")
    func dropbox() throws {
        let dir = try TemporaryDirectory()
        let dropbox = dir.url.appendingPathComponent("Dropbox")
        try FileManager.default.createDirectory(
            at: dropbox.appendingPathComponent("skole/kfl"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dropbox.appendingPathComponent(".dropbox").path, contents: Data())
        let synced = try Workbook(path: dropbox.appendingPathComponent("skole/kfl/arbeidsbok.sqlite").path)
        #expect(synced.location == .synced("Dropbox"))
        #expect(try synced.db.journalMode() == "delete")
        try synced.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dropbox.appendingPathComponent("skole/kfl").path)
                == ["arbeidsbok.sqlite"], "no -wal or -shm for the sync client to copy")

        // A home folder holds the client's settings in a `.dropbox` folder: that is not a synced folder.
        let home = dir.url.appendingPathComponent("hjem")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".dropbox"), withIntermediateDirectories: true)
        let local = try Workbook(path: home.appendingPathComponent("arbeidsbok.sqlite").path)
        #expect(local.location == .local)
        #expect(try local.db.journalMode() == "wal")
    }

    @Test(
        "Syncthing, Resilio and Nextcloud markers",
        arguments: [
            (".stfolder", true, "Syncthing"), (".sync/ID", false, "Resilio Sync"),
            (".nextcloudsync.log", false, "Nextcloud"), ("._sync_4f3a9c.db", false, "Nextcloud/ownCloud"),
        ])
    func markers(marker: String, isFolder: Bool, client: String) throws {
        let dir = try TemporaryDirectory()
        let markerPath = dir.url.appendingPathComponent(marker)
        if isFolder {
            try FileManager.default.createDirectory(at: markerPath, withIntermediateDirectories: true)
        } else {
            try FileManager.default.createDirectory(
                at: markerPath.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: markerPath.path, contents: Data())
        }
        let folder = dir.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(StorageLocation.of(folder: folder.path) == .synced(client))
    }

    @Test("a temporary folder on this machine is local")
    func local() throws {
        let dir = try TemporaryDirectory()
        #expect(StorageLocation.of(folder: dir.url.path) == .local)
        #expect(StorageLocation.local.allowsWAL)
        #expect(!StorageLocation.network("NFS").allowsWAL && !StorageLocation.synced("Dropbox").allowsWAL)
    }

    @Test("a WAL workbook opened on a network file system goes to the rollback journal, keeps its analyses, and back")
    func networkSwitchesJournal() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        do {
            let local = try Workbook(path: path)
            #expect(try local.db.journalMode() == "wal")
            try local.create(title: "Uro", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
        }
        do {
            let network = try Workbook(path: path, location: .network("NFS"))
            #expect(try network.db.journalMode() == "delete")
            #expect(try network.db.scalar("PRAGMA synchronous", as: Int.self) == 2, "FULL")
            #expect(try network.all().map(\.title) == ["Uro"])
            try network.create(title: "Mobbing", unit: WorkbookFixtures.school, context: WorkbookFixtures.context)
            #expect(try dir.fileNames() == ["arbeidsbok.sqlite"])
        }
        let back = try Workbook(path: path)
        #expect(try back.db.journalMode() == "wal")
        #expect(Set(try back.all().map(\.title)) == ["Uro", "Mobbing"])
    }

    @Test("the rollback journal cannot be chosen while another window has the file open in WAL: locked, not changed")
    func networkWhileOpenElsewhere() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("arbeidsbok.sqlite")
        let open = try Workbook(path: path)
        #expect(throws: WorkbookOpenError.locked(path: path)) {
            try Workbook(path: path, location: .network("SMB/CIFS"), openTimeout: .milliseconds(50))
        }
        #expect(try open.db.journalMode() == "wal")
    }
}
