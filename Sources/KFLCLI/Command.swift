import KFLCore

/// What the user asked for, parsed and validated, before anything runs.
public enum Command: Equatable, Sendable {
    case help(String)
    case version
    case browse(BrowseOptions)
    case importCSV(ImportOptions)
    case demo(DemoOptions)
    case check(path: String)
    /// `kfl check --personvern`: the privacy audit of one or more snapshots held together.
    case privacyCheck(paths: [String])
    /// `kfl extract`: a snapshot for a kommune or a school cut from another.
    case extract(ExtractOptions)
    case show(ShowOptions)
    /// Hidden: benchmark of the browser on a snapshot (used by scripts/bench).
    case benchTUI(path: String)
    case analyse(AnalyseRequest)

    public struct BrowseOptions: Equatable, Sendable {
        public var snapshot: String?
        public var municipality: String?
        public var school: String?
        public var workbook: String?
        public var noColor = false
    }

    public struct ShowOptions: Equatable, Sendable {
        public enum Format: String, Sendable { case text, csv, json }
        public var snapshot: String?
        public var municipality: String?
        public var school: String?
        public var trinn = 0
        public var group: String?
        public var round: Int?
        public var gender: Gender = .all
        public var format: Format = .text
        /// What to show: levels (the default), over time, a cohort or the gender gap.
        public var view: View = .levels
        /// `--endring FRA-TIL`: the rounds a change is measured between.
        public var change: Change?
        /// `--andeler`: each factor's unfavourable share beside its mean.
        public var shares = false

        public enum View: Equatable, Sendable {
            case levels
            /// `--tidspunkt alle` (or `--endring` alone): every round side by side.
            case development
            /// `--kull samme-trinn|samme-klasse`.
            case cohort(SeriesKind)
            /// `--kjonnsforskjell`.
            case genderGap
            /// `--tema NAVN|alle`: a theme seen by every group (all trinn and genders).
            case theme(String)
            /// `--skiller-seg-ut`: what stands out across every group.
            case highlights
        }

        public struct Change: Equatable, Sendable {
            public var from: Int
            public var to: Int
        }
    }

    public struct ImportOptions: Equatable, Sendable {
        public var files: [String]
        public var output: String
        public var minimumN = PrivacyThreshold.defaultMinimumN
        public var protectionPercent = ProtectionRule.standard.protectionPercent
        public var source: String?
        /// `--geografi FIL`: kommuner, regions and fylker; nil for the built-in Hedmark.
        public var geography: String?
        /// `--navn NAVN`: the top's name when the geography has several fylker.
        public var topName: String?
    }

    public struct ExtractOptions: Equatable, Sendable {
        public var snapshot: String
        public var municipality: String
        public var school: String?
        public var output: String
    }

    public struct DemoOptions: Equatable, Sendable {
        public var output: String
        public var csvDirectory: String?
        public var seed: UInt64 = 2016
        public var national = false
        public var minimumN = PrivacyThreshold.defaultMinimumN
        public var protectionPercent = ProtectionRule.standard.protectionPercent
    }
}
