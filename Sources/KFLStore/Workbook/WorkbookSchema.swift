/// The workbook file format: a read-write SQLite file with the user's
/// analyses. Versioned by named migrations (`kfl_migrations`); a shipped
/// migration is never edited — add a new one.
public enum WorkbookSchema {
    /// `PRAGMA application_id`: "KFLW".
    public static let applicationID: Int32 = 0x4B46_4C57
    public static let format = "kfl-workbook"

    /// The migrations this build knows, in order.
    public static var migrator: Migrator {
        var migrator = Migrator()
        migrator.register("001-analyses", sql: v1)
        migrator.register("002-hypothesis-reason-and-snapshot", sql: v2)
        migrator.register("003-linked-changes", sql: linkedChanges)
        migrator.register("004-linked-starting-point", sql: linkedStartingPoint)
        return migrator
    }

    /// One row per analysis (title, unit, context, status: the "header"),
    /// one row per saved text field, and one row per linked factor,
    /// hypothesis, tiltak and indicator (see `itemTables`). Every row has a `revision` that each
    /// update bumps and checks (optimistic concurrency).
    static let v1 = """
        CREATE TABLE workbook_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO workbook_meta (key, value) VALUES ('format', 'kfl-workbook');
        CREATE TABLE analyses (
            id TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            unit_kind TEXT NOT NULL CHECK (unit_kind IN ('fylke', 'region', 'kommune', 'skole')),
            unit_code TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            round INTEGER NOT NULL,
            group_id TEXT,
            trinn INTEGER NOT NULL CHECK (trinn BETWEEN 0 AND 10),
            gender INTEGER NOT NULL CHECK (gender IN (0, 1, 2)),
            status TEXT NOT NULL CHECK (status IN ('active', 'finished')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            imported_fingerprint TEXT,
            revision INTEGER NOT NULL CHECK (revision >= 1)
        );
        CREATE INDEX analyses_by_unit ON analyses (unit_kind, unit_code);
        CREATE TABLE analysis_texts (
            analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            PRIMARY KEY (analysis_id, field)
        ) WITHOUT ROWID;
        CREATE TABLE linked_factors (
            id TEXT PRIMARY KEY NOT NULL,
            analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            factor_id TEXT NOT NULL,
            trinn INTEGER NOT NULL CHECK (trinn BETWEEN 0 AND 10),
            gender INTEGER NOT NULL CHECK (gender IN (0, 1, 2)),
            revision INTEGER NOT NULL CHECK (revision >= 1)
        );
        CREATE INDEX linked_factors_by_analysis ON linked_factors (analysis_id, position);
        CREATE TABLE hypotheses (
            id TEXT PRIMARY KEY NOT NULL,
            analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            perspective TEXT CHECK (perspective IN ('elev', 'klasse', 'undervisning', 'skole', 'hjem')),
            evidence TEXT NOT NULL,
            assessment TEXT NOT NULL CHECK (assessment IN ('supported', 'notSupported', 'unclear')),
            importance TEXT CHECK (importance IN ('low', 'medium', 'high')),
            influence TEXT CHECK (influence IN ('yes', 'partly', 'no')),
            revision INTEGER NOT NULL CHECK (revision >= 1)
        );
        CREATE INDEX hypotheses_by_analysis ON hypotheses (analysis_id, position);
        CREATE TABLE actions (
            id TEXT PRIMARY KEY NOT NULL,
            analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL,
            who TEXT NOT NULL,
            from_when TEXT NOT NULL,
            how_often TEXT NOT NULL,
            revision INTEGER NOT NULL CHECK (revision >= 1)
        );
        CREATE INDEX actions_by_analysis ON actions (analysis_id, position);
        CREATE TABLE action_targets (
            action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            hypothesis_id TEXT NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (action_id, hypothesis_id)
        ) WITHOUT ROWID;
        CREATE INDEX action_targets_by_hypothesis ON action_targets (hypothesis_id);
        CREATE TABLE indicators (
            id TEXT PRIMARY KEY NOT NULL,
            analysis_id TEXT NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            factor_id TEXT NOT NULL,
            trinn INTEGER NOT NULL CHECK (trinn BETWEEN 0 AND 10),
            gender INTEGER NOT NULL CHECK (gender IN (0, 1, 2)),
            change_sought TEXT NOT NULL,
            target REAL,
            by_round INTEGER,
            revision INTEGER NOT NULL CHECK (revision >= 1)
        );
        CREATE INDEX indicators_by_analysis ON indicators (analysis_id, position);
        """

    /// Why the data support a hypothesis or not; and the snapshot an
    /// analysis was made from (path and fingerprint), so it can be exported
    /// later without naming the file, and a changed or missing file is told.
    static let v2 = """
        ALTER TABLE hypotheses ADD COLUMN reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE analyses ADD COLUMN snapshot_path TEXT;
        ALTER TABLE analyses ADD COLUMN snapshot_fingerprint TEXT;
        """

    /// A linked factor can be a change between two rounds, a cohort or the
    /// gap between boys and girls, not only a level (`LinkedView`). Rows
    /// from before are levels at the analysis's round.
    static let linkedChanges = """
        ALTER TABLE linked_factors ADD COLUMN view TEXT NOT NULL DEFAULT 'level'
            CHECK (view IN ('level', 'development', 'sameTrinn', 'sameClass', 'genderGap'));
        ALTER TABLE linked_factors ADD COLUMN round INTEGER;
        ALTER TABLE linked_factors ADD COLUMN base_round INTEGER;
        """

    /// A factor linked when the analysis was started from a result is marked
    /// as its starting point (`LinkedFactor.isStartingPoint`), which alone does
    /// not fill step 3. Rows from before count as the group's own links, as
    /// they did.
    static let linkedStartingPoint = """
        ALTER TABLE linked_factors ADD COLUMN starting_point INTEGER NOT NULL DEFAULT 0
            CHECK (starting_point BETWEEN 0 AND 1);
        """
}
