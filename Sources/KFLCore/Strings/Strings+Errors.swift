/// Why something failed, as the user reads it: short phrases that stand alone
/// or follow a subject ("kan ikke skrive X: disken er full"). `ErrorText` picks
/// one for every error; nothing here names SQLite, codes or types.
extension Strings {
    public enum Errors {
        public static var diskFull: String { nb("disken er full", nn: "disken er full") }
        public static var noPermission: String {
            nb(
                "du har ikke tilgang (mangler lese- eller skriverett)",
                nn: "du har ikkje tilgang (manglar lese- eller skriverett)")
        }
        public static var readOnlyDisk: String {
            nb("disken eller mappen er skrivebeskyttet", nn: "disken eller mappa er skriveverna")
        }
        public static var noSuchFile: String { nb("fila finnes ikke", nn: "fila finst ikkje") }
        public static var folderMissing: String {
            nb("en mappe i stien finnes ikke", nn: "ei mappe i stien finst ikkje")
        }
        public static var isFolder: String { nb("det er en mappe, ikke en fil", nn: "det er ei mappe, ikkje ei fil") }
        public static var alreadyExists: String { nb("fila finnes fra før", nn: "fila finst frå før") }
        public static var nameTooLong: String { nb("filnavnet er for langt", nn: "filnamnet er for langt") }
        public static var tooManyLinks: String {
            nb(
                "stien har for mange symbolske lenker (en løkke?)",
                nn: "stien har for mange symbolske lenkjer (ei løkke?)")
        }
        public static var inUse: String {
            nb(
                "fila er i bruk av et annet program; prøv igjen om litt",
                nn: "fila er i bruk av eit anna program; prøv igjen om litt")
        }
        public static var ioError: String {
            nb(
                "lese- eller skrivefeil på disken (er disken frakoblet eller skadet?)",
                nn: "lese- eller skrivefeil på disken (er disken fråkopla eller skadd?)")
        }
        public static var outOfMemory: String { nb("maskinen har for lite minne", nn: "maskina har for lite minne") }
        public static var tooManyOpenFiles: String { nb("for mange åpne filer", nn: "for mange opne filer") }
        public static var otherDisk: String {
            nb("fila kan ikke flyttes til en annen disk", nn: "fila kan ikkje flyttast til ein annan disk")
        }
        public static var fileSystem: String {
            nb("filsystemet avviste handlingen", nn: "filsystemet avviste handlinga")
        }
        public static var damagedFile: String { nb("fila er skadet eller avkortet", nn: "fila er skadd eller avkorta") }
        public static var wrongEncoding: String {
            nb(
                "fila har en tegnkoding kfl ikke kan lese; lagre den som UTF-8",
                nn: "fila har ei teiknkoding kfl ikkje kan lese; lagre ho som UTF-8")
        }
        public static var tooLarge: String { nb("fila er for stor", nn: "fila er for stor") }
        public static var invalidName: String { nb("filnavnet er ugyldig", nn: "filnamnet er ugyldig") }
        public static var cannotRead: String { nb("fila kunne ikke leses", nn: "fila kunne ikkje lesast") }
        public static var cannotWrite: String { nb("fila kunne ikke skrives", nn: "fila kunne ikkje skrivast") }
        public static var cannotOpenFile: String {
            nb(
                "fila kan ikke åpnes (mangler tilgang, eller finnes ikke mappen?)",
                nn: "fila kan ikkje opnast (manglar tilgang, eller finst ikkje mappa?)")
        }
        public static var notKFLFile: String {
            nb("fila har et format kfl ikke kjenner", nn: "fila har eit format kfl ikkje kjenner")
        }
        public static var newerKFL: String {
            nb("fila er laget av en nyere kfl; oppdater kfl", nn: "fila er laga av ein nyare kfl; oppdater kfl")
        }
        public static var otherProgram: String {
            nb("fila hører til et annet program", nn: "fila høyrer til eit anna program")
        }
        public static var locked: String {
            nb(
                "fila er låst av et annet kfl-vindu eller program; prøv igjen om litt",
                nn: "fila er låst av eit anna kfl-vindauge eller program; prøv igjen om litt")
        }
        public static var breaksRules: String {
            nb(
                "innholdet bryter reglene for fila (en verdi mangler, står to ganger eller er ugyldig)",
                nn: "innhaldet bryt reglane for fila (ein verdi manglar, står to gonger eller er ugyldig)")
        }
        public static var internalError: String {
            nb(
                "en intern feil i kfl stoppet handlingen; ingenting er skrevet",
                nn: "ein intern feil i kfl stoppa handlinga; ingenting er skrive")
        }
        public static var unexpected: String {
            nb(
                "noe uventet gikk galt (kjør kommandoen med --debug for detaljer)",
                nn: "noko uventa gjekk gale (køyr kommandoen med --debug for detaljar)")
        }

        /// Content that does not decode (JSON with a wrong type, a missing field).
        public static func unreadableContent(at path: String?) -> String {
            path.map {
                nb("innholdet kan ikke leses (feil ved «\($0)»)", nn: "innhaldet kan ikkje lesast (feil ved «\($0)»)")
            } ?? nb("innholdet kan ikke leses", nn: "innhaldet kan ikkje lesast")
        }
    }
}
