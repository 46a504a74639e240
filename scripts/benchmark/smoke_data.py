"""A tiny respondent data set for `scripts/bench --smoke`: a few schools in three
Hedmark kommuner, every respondent group and round, written as kfl's CSV files
and a geography file. Deterministic (fixed seed), made without kfl, so the smoke
run also compares kfl with the peers on data kfl did not generate.
"""
import json
import os
import random

KOMMUNER = [("0402", "Kongsvinger", "Glåmdalen"), ("0425", "Åsnes", "Glåmdalen"), ("0403", "Hamar", "Hedmarken")]
REQUIRED = ["tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id"]


def write(directory, instrument_path, seed=13):
    """Writes one CSV per round and group plus geografi.csv into `directory`."""
    os.makedirs(directory, exist_ok=True)
    instrument = json.load(open(instrument_path, encoding="utf-8"))
    rng = random.Random(seed)
    schools = [(number, f"{number}-{i}", f"{name} {kind} skole")
               for number, name, _ in KOMMUNER for i, kind in enumerate(["nordre", "søndre"], start=1)]
    with open(os.path.join(directory, "geografi.csv"), "w", encoding="utf-8") as out:
        out.write("kommunenummer;kommune;region;fylke\n")
        for number, name, region in KOMMUNER:
            out.write(f"{number};{name};{region};Hedmark\n")
    files = 0
    for round_ in instrument["rounds"]:
        for group in instrument["groups"]:
            factors = [f for area in group["areas"] for f in area["factors"]]
            path = os.path.join(directory, f"smoke-{round_}-{group['id']}.csv")
            serial = 0
            with open(path, "w", encoding="utf-8") as out:
                out.write(";".join(REQUIRED + [f["id"] for f in factors]) + "\n")
                for number, school_id, school in schools:
                    trinns = range(group["trinn"][0], group["trinn"][1] + 1) if group["trinn"] else [None]
                    for trinn in trinns:
                        for _ in range(rng.randint(3, 14)):
                            serial += 1
                            gender = rng.choice(["gutt", "jente", "gutt", "jente", ""]) if group["genderSplit"] else ""
                            scores = []
                            for factor in factors:
                                low, high = factor["scale"]
                                value = round(rng.uniform(low, high), 3)
                                scores.append("" if rng.random() < 0.03 else f"{value:g}".replace(".", ","))
                            fields = [str(round_), number, school_id, school, "" if trinn is None else str(trinn),
                                      gender, group["id"], f"{round_}-{group['id']}-{serial}"]
                            out.write(";".join(fields + scores) + "\n")
            files += 1
    return files
