"""Checks that kfl's published cells equal the peers' for a sample.

    python check_cells.py SNAPSHOT [--sqlite3 OUT.sqlite] [--duckdb OUT.duckdb] [--pandas OUT.parquet]

The sample: every published cell of the top and the regions, and a fixed
spread of about 3 000 of the others (the same cells every run). Prints one JSON
object: per peer, how many cells were compared, how many the peer lacked or
had with another n, and the largest differences in mean and sd. A peer agrees
when it lacks none, every n is equal and mean and sd differ by at most 1e-9.
"""
import argparse
import json
import sqlite3

TOLERANCE = 1e-9
KEYS = ["level", "unit", "round", "trinn", "gender", "factor"]


def kfl_sample(snapshot, target=3000):
    con = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    published = con.execute("SELECT count(*) FROM cells WHERE suppressed = 0").fetchone()[0]
    modulus = max(1, published // target)
    rows = con.execute("""
        SELECT u.kind, CASE u.kind WHEN 'region' THEN u.name WHEN 'fylke' THEN '' ELSE u.code END,
               c.round, c.trinn, c.gender, f.id, c.n, c.mean, c.sd
        FROM cells c JOIN units u ON u.id = c.unit_id JOIN factors f ON f.number = c.factor
        WHERE c.suppressed = 0
          AND (u.kind IN ('fylke', 'region')
               OR (c.unit_id * 7919 + c.round * 31 + c.trinn * 17 + c.gender * 5 + c.factor * 3) % ? = 0)
    """, (modulus,)).fetchall()
    con.close()
    return rows


def compare(sample, found):
    """found: key tuple -> (n, mean, sd) from the peer."""
    result = {"checked": len(sample), "missing": 0, "other_n": 0, "max_mean_diff": 0.0, "max_sd_diff": 0.0,
              "examples": []}
    for row in sample:
        key, (n, mean, sd) = tuple(row[:6]), row[6:]
        peer = found.get(key)
        if peer is None or peer[1] is None:
            result["missing"] += 1
            if len(result["examples"]) < 3:
                result["examples"].append({"cell": key, "kfl": [n, mean, sd], "peer": peer})
            continue
        if int(peer[0]) != n:
            result["other_n"] += 1
            if len(result["examples"]) < 3:
                result["examples"].append({"cell": key, "kfl": [n, mean, sd], "peer": list(peer)})
            continue
        sd_diff = abs(peer[2] - sd) if sd is not None and peer[2] is not None else 0.0
        result["max_mean_diff"] = max(result["max_mean_diff"], abs(peer[1] - mean))
        result["max_sd_diff"] = max(result["max_sd_diff"], sd_diff)
        if max(abs(peer[1] - mean), sd_diff) > TOLERANCE and len(result["examples"]) < 3:
            result["examples"].append({"cell": key, "kfl": [n, mean, sd], "peer": list(peer)})
    result["agrees"] = (result["missing"] == 0 and result["other_n"] == 0
                        and result["max_mean_diff"] <= TOLERANCE and result["max_sd_diff"] <= TOLERANCE)
    return result


def from_sqlite(path, sample):
    con = sqlite3.connect(":memory:")
    con.execute("ATTACH ? AS peer", (f"file:{path}?mode=ro",))
    con.execute("CREATE TEMP TABLE sample(level, unit, round, trinn, gender, factor)")
    con.executemany("INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?)", [row[:6] for row in sample])
    on = " AND ".join(f"p.{k} = s.{k}" for k in KEYS)
    rows = con.execute(f"SELECT s.*, p.n, p.mean, p.sd FROM sample s JOIN peer.cells p ON {on}").fetchall()
    return {tuple(r[:6]): r[6:] for r in rows}


def from_duckdb(path, sample):
    import duckdb
    import pandas as pd
    con = duckdb.connect(path, read_only=True)
    keys = pd.DataFrame([row[:6] for row in sample], columns=KEYS)
    con.register("sample_keys", keys)
    on = " AND ".join(f"p.{k} = s.{k}" for k in KEYS)
    rows = con.execute(f"SELECT s.*, p.n, p.mean, p.sd FROM sample_keys s JOIN cells p ON {on}").fetchall()
    return {tuple(r[:6]): r[6:] for r in rows}


def from_parquet(path, sample):
    import pandas as pd
    cells = pd.read_parquet(path)
    keys = pd.DataFrame([row[:6] for row in sample], columns=KEYS)
    merged = keys.merge(cells.astype({"unit": "object", "factor": "object", "level": "object"}), on=KEYS, how="inner")
    found = {}
    for r in merged.itertuples(index=False):
        mean = None if r.mean != r.mean else float(r.mean)
        sd = None if r.sd != r.sd else float(r.sd)
        found[(r.level, r.unit, int(r.round), int(r.trinn), int(r.gender), r.factor)] = (int(r.n), mean, sd)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("snapshot")
    parser.add_argument("--sqlite3")
    parser.add_argument("--duckdb")
    parser.add_argument("--pandas")
    args = parser.parse_args()
    sample = kfl_sample(args.snapshot)
    report = {}
    for peer, path, read in [("sqlite3", args.sqlite3, from_sqlite), ("duckdb", args.duckdb, from_duckdb),
                             ("pandas", args.pandas, from_parquet)]:
        if path:
            report[peer] = compare(sample, read(path, sample))
    print(json.dumps(report, default=str))


if __name__ == "__main__":
    main()
