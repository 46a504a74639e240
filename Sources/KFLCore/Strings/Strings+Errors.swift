/// Why something failed, as the user reads it: short phrases that stand alone
/// or follow a subject ("kan ikke skrive X: disken er full"). `ErrorText` picks
/// one for every error; nothing here names SQLite, codes or types.
extension Strings {
    public enum Errors {
        public static let diskFull = "disken er full"
        public static let noPermission = "du har ikke tilgang (mangler lese- eller skriverett)"
        public static let readOnlyDisk = "disken eller mappen er skrivebeskyttet"
        public static let noSuchFile = "fila finnes ikke"
        public static let folderMissing = "en mappe i stien finnes ikke"
        public static let isFolder = "det er en mappe, ikke en fil"
        public static let alreadyExists = "fila finnes fra før"
        public static let nameTooLong = "filnavnet er for langt"
        public static let tooManyLinks = "stien har for mange symbolske lenker (en løkke?)"
        public static let inUse = "fila er i bruk av et annet program; prøv igjen om litt"
        public static let ioError = "lese- eller skrivefeil på disken (er disken frakoblet eller skadet?)"
        public static let outOfMemory = "maskinen har for lite minne"
        public static let tooManyOpenFiles = "for mange åpne filer"
        public static let otherDisk = "fila kan ikke flyttes til en annen disk"
        public static let fileSystem = "filsystemet avviste handlingen"
        public static let damagedFile = "fila er skadet eller avkortet"
        public static let wrongEncoding = "fila har en tegnkoding kfl ikke kan lese; lagre den som UTF-8"
        public static let tooLarge = "fila er for stor"
        public static let invalidName = "filnavnet er ugyldig"
        public static let cannotRead = "fila kunne ikke leses"
        public static let cannotWrite = "fila kunne ikke skrives"
        public static let cannotOpenFile = "fila kan ikke åpnes (mangler tilgang, eller finnes ikke mappen?)"
        public static let notKFLFile = "fila har et format kfl ikke kjenner"
        public static let newerKFL = "fila er laget av en nyere kfl; oppdater kfl"
        public static let otherProgram = "fila hører til et annet program"
        public static let locked = "fila er låst av et annet kfl-vindu eller program; prøv igjen om litt"
        public static let breaksRules =
            "innholdet bryter reglene for fila (en verdi mangler, står to ganger eller er ugyldig)"
        public static let internalError = "en intern feil i kfl stoppet handlingen; ingenting er skrevet"
        public static let unexpected = "noe uventet gikk galt (kjør kommandoen med --debug for detaljer)"

        /// Content that does not decode (JSON with a wrong type, a missing field).
        public static func unreadableContent(at path: String?) -> String {
            path.map { "innholdet kan ikke leses (feil ved «\($0)»)" } ?? "innholdet kan ikke leses"
        }
    }
}
