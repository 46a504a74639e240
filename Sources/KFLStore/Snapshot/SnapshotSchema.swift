/// The snapshot file format. A snapshot is a read-only SQLite file that
/// describes itself: instrument, geography, survey rounds, min_n, provenance.
public enum SnapshotSchema {
    /// Bumped when readers of an older kfl cannot read the file any more.
    /// 2: one suppression reason (1), protection intervals (`meta.protection`),
    /// no respondent total in `meta`, `extract_members` for extracts. Files of
    /// version 1 say which hidden cells are small and were made without
    /// protection intervals, so they are refused rather than read.
    /// 3: shares on `cells` (`band1` … `band4`, `unfavourable`, `shares_hidden`); files of
    /// version 2 have no shares and are refused (made again with `kfl import`).
    public static let version = 3
    /// `PRAGMA application_id`: "KFLS".
    public static let applicationID: Int32 = 0x4B46_4C53
    public static let format = "kfl-snapshot"

    static let createStatements = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE rounds (round INTEGER PRIMARY KEY);
        CREATE TABLE groups (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('trinn', 'skole')),
            trinn_min INTEGER,
            trinn_max INTEGER,
            gender_split INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE factors (
            number INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            group_id TEXT NOT NULL REFERENCES groups(id),
            area TEXT NOT NULL,
            name TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
            scale_min REAL NOT NULL,
            scale_max REAL NOT NULL
        );
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('fylke', 'region', 'kommune', 'skole')),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            parent_id INTEGER REFERENCES units(id),
            trinn_min INTEGER,
            trinn_max INTEGER
        );
        -- One row per (unit, round, trinn, gender, factor). trinn 0 = all trinn;
        -- gender 0 = all, 1 = boys, 2 = girls. A suppressed cell (1) keeps its
        -- row with no n, mean or sd; why it is hidden is not stored. band1 … band4:
        -- respondents per share band of a shown cell whose bands are shown (NULL
        -- past the factor's bands); unfavourable: the respondents on the factor's
        -- unfavourable side of a cell that shows its share but not its bands (the
        -- group rule: 3 ≤ unfavourable ≤ n − 3); shares_hidden 1: the mean is shown,
        -- the share is not (the group rule or protection, ShareDisclosure and
        -- ShareProtection; which one is not stored, as it would narrow the share).
        -- BETWEEN, not IN (…): SQLite checks IN with a temporary table per row.
        CREATE TABLE cells (
            unit_id INTEGER NOT NULL,
            round INTEGER NOT NULL,
            trinn INTEGER NOT NULL CHECK (trinn BETWEEN 0 AND 10),
            gender INTEGER NOT NULL CHECK (gender BETWEEN 0 AND 2),
            factor INTEGER NOT NULL,
            n INTEGER,
            mean REAL,
            sd REAL,
            suppressed INTEGER NOT NULL CHECK (suppressed BETWEEN 0 AND 1),
            band1 INTEGER,
            band2 INTEGER,
            band3 INTEGER,
            band4 INTEGER,
            unfavourable INTEGER,
            shares_hidden INTEGER NOT NULL CHECK (shares_hidden BETWEEN 0 AND 1),
            PRIMARY KEY (unit_id, round, trinn, gender, factor),
            CHECK ((suppressed = 0) = (n IS NOT NULL AND mean IS NOT NULL)),
            CHECK (suppressed = 0 OR (n IS NULL AND mean IS NULL AND sd IS NULL)),
            CHECK ((suppressed = 0 AND shares_hidden = 0) OR (band1 IS NULL AND band2 IS NULL)),
            CHECK (unfavourable IS NULL
                   OR (suppressed = 0 AND shares_hidden = 0 AND band1 IS NULL AND band2 IS NULL
                       AND unfavourable BETWEEN 3 AND n - 3))
        ) WITHOUT ROWID;
        -- In an extract (`kfl extract`), the schools a kept unit covers that are
        -- not in the file: its cells are sums over these too.
        CREATE TABLE extract_members (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            school_code TEXT NOT NULL,
            PRIMARY KEY (unit_id, school_code)
        ) WITHOUT ROWID;
        """
}
