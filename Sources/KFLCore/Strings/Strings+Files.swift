/// What kfl says about the paths it is given to read and write.
extension Strings {
    public enum Files {
        public static var emptyOutput: String {
            nb(
                "«-o» har et tomt filnavn; oppgi navnet på filen som skal lages",
                nn: "«-o» har eit tomt filnamn; oppgi namnet på fila som skal lagast")
        }
        public static func emptyPath(option: String) -> String {
            nb("«\(option)» har et tomt filnavn", nn: "«\(option)» har eit tomt filnamn")
        }
        public static func outputIsInput(_ path: String, input: String) -> String {
            path == input
                ? nb(
                    "\(path) er også en av filene som skal leses; velg et annet navn for filen som skal lages",
                    nn: "\(path) er òg ei av filene som skal lesast; vel eit anna namn for fila som skal lagast")
                : nb(
                    "\(path) er samme fil som \(input), som skal leses; velg et annet navn for filen som skal lages",
                    nn: "\(path) er same fil som \(input), som skal lesast; vel eit anna namn for fila som skal lagast")
        }
        public static func notRegularOutput(_ kind: String) -> String {
            nb(
                "det er \(kind), ikke en vanlig fil; kfl erstatter aldri slike. Oppgi et filnavn",
                nn: "det er \(kind), ikkje ei vanleg fil; kfl erstattar aldri slike. Oppgi eit filnamn")
        }
        public static func notRegularInput(_ kind: String) -> String {
            nb(
                "er \(kind), ikke en vanlig fil; kfl leser bare vanlige filer",
                nn: "er \(kind), ikkje ei vanleg fil; kfl les berre vanlege filer")
        }
        public static var kindDevice: String { nb("en enhetsfil", nn: "ei einingsfil") }
        public static var kindFIFO: String { nb("et navngitt rør (FIFO)", nn: "eit namngitt røyr (FIFO)") }
        public static var kindSocket: String { nb("en sokkel", nn: "ein sokkel") }
        public static var kindDirectory: String { nb("en mappe", nn: "ei mappe") }
        public static var kindOther: String { nb("noe annet enn en fil", nn: "noko anna enn ei fil") }
        public static func workbookDamaged(_ path: String) -> String {
            nb(
                "arbeidsboka \(path) er skadet eller avkortet; ingenting er endret i den",
                nn: "arbeidsboka \(path) er skadd eller avkorta; ingenting er endra i ho")
        }
        public static func workbookCannotOpen(_ path: String, reason: String) -> String {
            nb("kan ikke åpne arbeidsboka \(path): \(reason)", nn: "kan ikkje opne arbeidsboka \(path): \(reason)")
        }
    }
}
