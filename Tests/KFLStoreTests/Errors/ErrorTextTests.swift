import CSQLite
import Foundation
import KFLCore
import KFLStore
import KFLTestSupport
import Testing

/// One mapping from every kind of error to Norwegian: SQLite's result codes,
/// the file system's errors and decoding errors. Nothing English or internal
/// comes out, whatever goes in; the raw text is only for `--debug`.
@Suite struct ErrorTextTests {
    /// Every primary result code SQLite has, and the extended ones kfl meets.
    static let sqliteCodes: [Int32] =
        Array(1...28) + [
            SQLITE_IOERR | (2 << 8), SQLITE_IOERR | (3 << 8), SQLITE_IOERR | (4 << 8), SQLITE_CANTOPEN | (2 << 8),
            SQLITE_CONSTRAINT | (8 << 8), SQLITE_CONSTRAINT | (6 << 8), SQLITE_CONSTRAINT | (3 << 8),
            SQLITE_READONLY | (1 << 8),
        ]

    func expectNorwegian(_ text: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.isEmpty, Comment(rawValue: context), sourceLocation: sourceLocation)
        #expect(UserText.englishWords(in: text).isEmpty, "\(context): \(text)", sourceLocation: sourceLocation)
        #expect(UserText.rawControls(in: text).isEmpty, Comment(rawValue: context), sourceLocation: sourceLocation)
    }

    @Test("every SQLite result code and kind gets Norwegian; SQLite's message, SQL and path stay out")
    func sqliteErrors() {
        for code in Self.sqliteCodes {
            for kind in [nil] + SQLiteError.Kind.allCases.map(Optional.some) {
                let error = SQLiteError(
                    kind: kind, extendedResultCode: code, message: "database disk image is malformed",
                    sql: "INSERT INTO elev VALUES (?)", path: "/tmp/x.sqlite")
                let text = ErrorText.message(for: error)
                expectNorwegian(text, "\(error)")
                #expect(!text.contains("INSERT") && !text.contains("/tmp/x"), "\(text)")
            }
        }
    }

    @Test("the kinds a user meets most say what they mean")
    func commonSQLiteErrors() {
        #expect(ErrorText.message(for: SQLiteError(extendedResultCode: SQLITE_FULL)) == "disken er full")
        let damaged = "fila er skadet eller avkortet"
        #expect(ErrorText.message(for: SQLiteError(extendedResultCode: SQLITE_CORRUPT)) == damaged)
        #expect(ErrorText.message(for: SQLiteError(extendedResultCode: SQLITE_IOERR | (2 << 8))) == damaged)
        #expect(ErrorText.message(for: SQLiteError(extendedResultCode: SQLITE_BUSY)).contains("låst"))
        #expect(ErrorText.message(for: SQLiteError(extendedResultCode: SQLITE_READONLY)).contains("skrivebeskyttet"))
    }

    @Test("every POSIX error number gets Norwegian, and the common ones their own words")
    func posixErrors() {
        for code in Int32(1)...Int32(133) {
            expectNorwegian(ErrorText.message(for: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)), "errno \(code)")
            let ns = NSError(domain: NSPOSIXErrorDomain, code: Int(code))
            expectNorwegian(ErrorText.message(for: ns), "NSError errno \(code)")
        }
        #expect(ErrorText.message(for: POSIXError(.ENOSPC)) == "disken er full")
        #expect(ErrorText.message(for: POSIXError(.EACCES)).contains("tilgang"))
        #expect(ErrorText.message(for: POSIXError(.EROFS)).contains("skrivebeskyttet"))
    }

    @Test("Foundation's file errors, as thrown, get Norwegian from the error number underneath")
    func foundationFileErrors() throws {
        let dir = try TemporaryDirectory()
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: dir.path("finnes-ikke")))
            Issue.record("read a missing file")
        } catch {
            #expect(ErrorText.message(for: error) == "fila finnes ikke", "\(error)")
        }
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: dir.path("mangler/fil")))
            Issue.record("wrote into a missing folder")
        } catch {
            expectNorwegian(ErrorText.message(for: error), "\(error)")
        }
        for raw in [4, 256, 257, 260, 261, 264, 512, 513, 514, 516, 517, 518, 640, 642, 3840, 4864, 4865, 99_999] {
            let error = CocoaError(CocoaError.Code(rawValue: raw))
            expectNorwegian(ErrorText.message(for: error), "CocoaError \(raw)")
        }
    }

    @Test("decoding errors name the path of the value, in Norwegian")
    func decodingErrors() {
        struct Inner: Decodable { let trinn: Int }
        struct Outer: Decodable { let items: [Inner] }
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(#"{"items": [{"trinn": 1}, {"trinn": "sju"}]}"#.utf8))
            Issue.record("decoded")
        } catch {
            #expect(ErrorText.message(for: error) == "innholdet kan ikke leses (feil ved «items[1].trinn»)")
        }
    }

    @Test("an error kfl does not know gets a general Norwegian sentence, never its description")
    func unknownError() {
        struct Mystery: Error, CustomStringConvertible {
            var description: String { "Fatal error: unable to do operation" }
        }
        let text = ErrorText.message(for: Mystery())
        expectNorwegian(text, "Mystery")
        #expect(text.contains("--debug"))
        #expect(ErrorText.debugText(for: Mystery()).contains("Fatal error"), "the raw text is kept for --debug")
    }
}
