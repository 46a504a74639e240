"""The import job as a DuckDB user writes it, tuned: every respondent CSV read
with its column types given (no sniffing), n, sum and sum of squares per school,
trinn and gender in one GROUP BY per file layout, UNPIVOT to one row per factor,
then GROUPING SETS over those sums for every level, trinn and gender; all cores.

    python duckdb_cells.py CSV_DIR GEOGRAPHY OUT.duckdb [--threads N] [--min-n 7]

Writes the table cells(level, unit, round, trinn, gender, factor, n, mean, sd)
into OUT.duckdb. level is skole, kommune, region or fylke; unit is skole_id,
kommunenummer, the region's (or, with several fylker, the fylke's) name, or ''
for the top; trinn 0 and gender 0 mean all; mean and sd are NULL when n < min-n.
"""
import argparse
import os
import sys

import duckdb

REQUIRED = {"tidspunkt": "SMALLINT", "kommunenr": "VARCHAR", "skole_id": "VARCHAR", "skole": "VARCHAR",
            "trinn": "TINYINT", "kjonn": "VARCHAR", "gruppe": "VARCHAR", "respondent_id": "VARCHAR"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_dir")
    parser.add_argument("geography")
    parser.add_argument("out")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--min-n", type=int, default=7)
    args = parser.parse_args()

    if os.path.exists(args.out):
        os.remove(args.out)
    con = duckdb.connect(args.out)
    con.execute(f"SET threads = {args.threads}")
    con.execute("SET preserve_insertion_order = false")

    # Files with the same columns (one respondent group) are read together.
    layouts = {}
    for name in sorted(os.listdir(args.csv_dir)):
        path = os.path.join(args.csv_dir, name)
        if name.endswith(".csv") and name != os.path.basename(args.geography):
            with open(path, encoding="utf-8-sig") as f:
                header = tuple(f.readline().rstrip("\r\n").split(";"))
            layouts.setdefault(header, []).append(path)

    con.execute("""
        CREATE TEMP TABLE fine (round SMALLINT, kommunenr VARCHAR, skole_id VARCHAR, trinn TINYINT,
                                gender TINYINT, factor VARCHAR, n BIGINT, s DOUBLE, q DOUBLE)
    """)
    for header, files in layouts.items():
        factors = [c for c in header if c not in REQUIRED]
        columns = {c: REQUIRED.get(c, "DOUBLE") for c in header}
        sums = ", ".join(f'count("{f}") AS "{f}_n", sum("{f}") AS "{f}_s", sum("{f}" * "{f}") AS "{f}_q"'
                         for f in factors)
        on = ", ".join(f'("{f}_n", "{f}_s", "{f}_q") AS "{f}"' for f in factors)
        con.execute(f"""
            INSERT INTO fine
            SELECT * FROM (UNPIVOT (
                SELECT tidspunkt AS round, kommunenr, skole_id, coalesce(trinn, 0) AS trinn,
                       CASE kjonn WHEN 'gutt' THEN 1 WHEN 'jente' THEN 2 ELSE 0 END AS gender, {sums}
                FROM read_csv(?, delim = ';', header = true, decimal_separator = ',', auto_detect = false,
                              columns = {columns!r})
                GROUP BY ALL)
            ON {on} INTO NAME factor VALUE n, s, q)
            WHERE n > 0
        """, [files])

    # One fylke: its regions (or the fylke itself). Several: the fylker are the middle level.
    con.execute("""
        CREATE TEMP TABLE kommune_region AS
        WITH geo AS (SELECT * FROM read_csv(?, delim = ';', header = true, all_varchar = true))
        SELECT kommunenummer AS kommunenr,
               CASE WHEN (SELECT count(DISTINCT fylke) FROM geo) > 1 THEN fylke
                    ELSE coalesce(nullif(region, ''), fylke) END AS region
        FROM geo
    """, [args.geography])
    con.execute(f"""
        CREATE TABLE cells AS
        WITH sums AS (
            SELECT CASE WHEN GROUPING(skole_id) = 0 THEN 'skole'
                        WHEN GROUPING(f.kommunenr) = 0 THEN 'kommune'
                        WHEN GROUPING(k.region) = 0 THEN 'region' ELSE 'fylke' END AS level,
                   coalesce(skole_id, f.kommunenr, k.region, '') AS unit,
                   round,
                   CASE WHEN GROUPING(trinn) = 0 THEN trinn ELSE 0 END AS trinn,
                   CASE WHEN GROUPING(gender) = 0 THEN gender ELSE 0 END AS gender,
                   factor, sum(n) AS n, sum(s) AS s, sum(q) AS q
            FROM fine f JOIN kommune_region k USING (kommunenr)
            GROUP BY round, factor,
                     GROUPING SETS ((skole_id), (f.kommunenr), (k.region), ()),
                     GROUPING SETS ((trinn), ()),
                     GROUPING SETS ((gender), ())
            -- Staff answer for the whole school (trinn 0); unknown gender (0) counts only in «all».
            HAVING (GROUPING(trinn) = 1 OR trinn > 0) AND (GROUPING(gender) = 1 OR gender > 0))
        SELECT level, unit, round, trinn, gender, factor, n,
               CASE WHEN n >= {args.min_n} THEN s / n END AS mean,
               CASE WHEN n >= {args.min_n} THEN sqrt(greatest(q - s * s / n, 0) / (n - 1)) END AS sd
        FROM sums
    """)
    rows = con.execute("SELECT count(*) FROM cells").fetchone()[0]
    con.close()
    print(f"duckdb: {rows} cells", file=sys.stderr)


if __name__ == "__main__":
    main()
