"""The import job as a pandas user writes it, tuned: each respondent CSV read
with explicit dtypes (decimal comma) by the multi-threaded pyarrow engine, summed per school, trinn and gender in one
groupby, then rolled up to every level, trinn and gender from those sums.

    python pandas_cells.py CSV_DIR GEOGRAPHY OUT.parquet [--min-n 7]

Writes cells(level, unit, round, trinn, gender, factor, n, mean, sd) as Parquet.
level is skole, kommune, region or fylke; unit is skole_id, kommunenummer, the
region's (or, with several fylker, the fylke's) name, or '' for the top; trinn 0
and gender 0 mean all; mean and sd are missing when n < min-n.
"""
import argparse
import os
import sys

import numpy as np
import pandas as pd

REQUIRED = ["tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id"]
FINE = ["tidspunkt", "skole_id", "kommunenr", "trinn", "gender"]


def fine_sums(path):
    """n, sum and sum of squares of every factor per (round, school, trinn, gender)."""
    header = pd.read_csv(path, sep=";", nrows=0).columns
    factors = [c for c in header if c not in REQUIRED]
    dtype = {"tidspunkt": "int16", "kommunenr": "string", "skole_id": "string", "trinn": "Int8", "kjonn": "string"}
    dtype.update({f: "float64" for f in factors})
    columns = ["tidspunkt", "kommunenr", "skole_id", "trinn", "kjonn"] + factors
    df = pd.read_csv(path, sep=";", decimal=",", dtype=dtype, usecols=columns, engine="pyarrow")
    df["trinn"] = df["trinn"].fillna(0).astype("int8")
    df["gender"] = df["kjonn"].map({"gutt": 1, "jente": 2}).fillna(0).astype("int8")  # 0: unknown, only in «all»
    grouped = df.groupby(FINE, sort=False, observed=True)
    n = grouped[factors].count()
    s = grouped[factors].sum()
    q = (df[factors] ** 2).groupby([df[k] for k in FINE], sort=False, observed=True).sum()
    long = pd.DataFrame({"n": n.stack(), "s": s.stack(), "q": q.stack()})
    long.index.names = FINE + ["factor"]
    return long[long["n"] > 0].reset_index()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_dir")
    parser.add_argument("geography")
    parser.add_argument("out")
    parser.add_argument("--min-n", type=int, default=7)
    args = parser.parse_args()

    geo = pd.read_csv(args.geography, sep=";", dtype="string", keep_default_na=False)
    several = geo["fylke"].nunique() > 1
    region = geo["fylke"] if several or "region" not in geo else geo["region"].mask(geo["region"] == "", geo["fylke"])
    region_of = dict(zip(geo["kommunenummer"], region))

    answers = [os.path.join(args.csv_dir, name) for name in sorted(os.listdir(args.csv_dir))
               if name.endswith(".csv") and name != os.path.basename(args.geography)]
    fine = pd.concat([fine_sums(path) for path in answers], ignore_index=True)
    fine["region"] = fine["kommunenr"].map(region_of)
    fine["top"] = ""

    parts = []
    for level, unit in [("skole", "skole_id"), ("kommune", "kommunenr"), ("region", "region"), ("fylke", "top")]:
        for by_trinn in (True, False):
            for by_gender in (True, False):
                rows = fine
                if by_trinn:
                    rows = rows[rows["trinn"] > 0]
                if by_gender:
                    rows = rows[rows["gender"] > 0]
                keys = ["tidspunkt", "factor", unit]
                keys += (["trinn"] if by_trinn else []) + (["gender"] if by_gender else [])
                sums = rows.groupby(keys, sort=False, observed=True)[["n", "s", "q"]].sum().reset_index()
                sums = sums.rename(columns={"tidspunkt": "round", unit: "unit"})
                sums["level"] = level
                if not by_trinn:
                    sums["trinn"] = 0
                if not by_gender:
                    sums["gender"] = 0
                parts.append(sums)
    cells = pd.concat(parts, ignore_index=True)
    n = cells["n"].astype("float64")
    shown = cells["n"] >= args.min_n
    cells["mean"] = (cells["s"] / n).where(shown)
    variance = ((cells["q"] - cells["s"] * cells["s"] / n) / (n - 1)).clip(lower=0)
    cells["sd"] = np.sqrt(variance).where(shown)
    cells = cells[["level", "unit", "round", "trinn", "gender", "factor", "n", "mean", "sd"]]
    cells.to_parquet(args.out, index=False)
    print(f"pandas: {len(cells)} cells", file=sys.stderr)


if __name__ == "__main__":
    main()
