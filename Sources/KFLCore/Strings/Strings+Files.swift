/// What kfl says about the paths it is given to read and write.
extension Strings {
    public enum Files {
        public static let emptyOutput = "«-o» har et tomt filnavn; oppgi navnet på filen som skal lages"
        public static func emptyPath(option: String) -> String { "«\(option)» har et tomt filnavn" }
        public static func outputIsInput(_ path: String, input: String) -> String {
            path == input
                ? "\(path) er også en av filene som skal leses; velg et annet navn for filen som skal lages"
                : "\(path) er samme fil som \(input), som skal leses; velg et annet navn for filen som skal lages"
        }
        public static func notRegularOutput(_ kind: String) -> String {
            "det er \(kind), ikke en vanlig fil; kfl erstatter aldri slike. Oppgi et filnavn"
        }
        public static func notRegularInput(_ kind: String) -> String {
            "er \(kind), ikke en vanlig fil; kfl leser bare vanlige filer"
        }
        public static let kindDevice = "en enhetsfil"
        public static let kindFIFO = "et navngitt rør (FIFO)"
        public static let kindSocket = "en sokkel"
        public static let kindDirectory = "en mappe"
        public static let kindOther = "noe annet enn en fil"
        public static func workbookDamaged(_ path: String) -> String {
            "arbeidsboka \(path) er skadet eller avkortet; ingenting er endret i den"
        }
        public static func workbookCannotOpen(_ path: String, reason: String) -> String {
            "kan ikke åpne arbeidsboka \(path): \(reason)"
        }
    }
}
