"""kfl's benchmark: kfl next to what a data person would use for the same job.

Run through `scripts/bench` (or `make bench`), which builds kfl first:

    scripts/bench [--runs N] [--skip-national] [--smoke]

Builds the county and national demo data once (cached under .build/bench/data
until the demo generator changes), installs pandas and DuckDB into a virtual
environment under .build/bench/venv, and prints one table: medians over N
interleaved runs (default 3) of `kfl import` against the sqlite3 shell, pandas
and DuckDB doing the same job (scripts in scripts/benchmark/peers), with `wc -l`
and `cat` as the floor; `kfl show` against sqlite3's equivalent queries; start-up;
the browser per key on the national snapshot. It checks a sample of kfl's cells
against every peer's and says which peers were unavailable. Nothing is asserted
about speed. --smoke runs everything once on a tiny data set, in seconds (CI).
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import measure
import smoke_data
from measure import Failed, Series

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = ROOT / ".build" / "bench"
VENV = BUILD / "venv"
PEERS = HERE / "peers"


def main():
    parser = argparse.ArgumentParser(prog="scripts/bench")
    parser.add_argument("--kfl", required=True, help="the kfl binary to measure")
    parser.add_argument("--kfl-static", help="the same kfl built as the package builds it (--static-swift-stdlib)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-national", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="one run on a tiny data set (CI)")
    args = parser.parse_args()
    runs = 1 if args.smoke else max(1, args.runs)
    kfl = str(Path(args.kfl).resolve())
    kfl_static = str(Path(args.kfl_static).resolve()) if args.kfl_static else None
    logs = BUILD / "logs"
    out = BUILD / "out"
    for directory in (logs, out):
        directory.mkdir(parents=True, exist_ok=True)

    report = Report(runs, args.smoke)
    report.machine(kfl)
    peers = Peers(args.smoke, report)
    report.versions(kfl, peers)

    if args.smoke:
        datasets = [("smoke", "et lite testsett", smoke_dataset(), None)]
    else:
        datasets = [("county", "fylket", demo_dataset(kfl, "county", report), None)]
        if not args.skip_national:
            datasets.append(("national", "hele landet", demo_dataset(kfl, "national", report), "Norge"))

    ok = True
    snapshot = None
    for key, title, directory, top_name in datasets:
        snapshot, agreed = import_section(kfl, key, title, directory, top_name, runs, peers, report, logs, out)
        ok = ok and agreed
    if snapshot:
        show_section(kfl, kfl_static, snapshot, 3 if args.smoke else 20, peers, report, logs)
        startup_section(kfl, kfl_static, 3 if args.smoke else 20, peers, report, logs)
        ok = tui_section(kfl, snapshot, datasets[-1][1], runs, report, logs) and ok
    else:
        ok = False
    report.finish(peers)
    text = report.text()
    print(text)
    results = BUILD / "results"
    results.mkdir(exist_ok=True)
    (results / f"{datetime.datetime.now():%Y%m%d-%H%M%S}{'-smoke' if args.smoke else ''}.txt").write_text(text)
    return 0 if ok else 1


class Peers:
    """Which peers can run here, and the Python that runs pandas and DuckDB."""

    def __init__(self, smoke, report):
        self.unavailable = {}
        self.sqlite3 = shutil.which("sqlite3")
        if not self.sqlite3:
            self.unavailable["sqlite3"] = "sqlite3-skallet finnes ikke (apt-get install sqlite3 / brew install sqlite)"
        self.python = None
        python = VENV / "bin" / "python"
        requirements = (HERE / "requirements.txt").read_text()
        stamp = VENV / ".kfl-requirements"
        ready = python.exists() and stamp.exists() and stamp.read_text() == requirements
        if not ready and not smoke:
            report.note("Installerer pandas og DuckDB i .build/bench/venv (første gang) …")
            try:
                subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, capture_output=True)
                subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                                "-r", str(HERE / "requirements.txt")], check=True, capture_output=True)
                stamp.write_text(requirements)
                ready = True
            except (subprocess.CalledProcessError, OSError) as error:
                reason = getattr(error, "stderr", b"") or str(error).encode()
                last = reason.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
                for peer in ("pandas", "DuckDB"):
                    self.unavailable[peer] = f"pip install feilet: {last[0][:100]}"
        if ready:
            self.python = str(python)
        elif smoke:
            for peer in ("pandas", "DuckDB"):
                self.unavailable[peer] = "ikke installert (--smoke installerer ikke; kjør scripts/bench én gang)"
        self.checker_python = self.python or sys.executable

    def versions(self):
        found = {}
        if self.sqlite3:
            version = subprocess.run([self.sqlite3, "-version"], capture_output=True, text=True).stdout
            found["sqlite3"] = version.split()[0]
        if self.python:
            code = "import pandas, duckdb, pyarrow; print(pandas.__version__, duckdb.__version__, pyarrow.__version__)"
            versions = subprocess.run([self.python, "-c", code], capture_output=True, text=True).stdout
            pandas, duckdb, arrow = versions.split()
            found.update({"pandas": f"{pandas} (pyarrow {arrow})", "DuckDB": duckdb})
        return found


def fingerprint(scale):
    """Changes when the demo generator, the instrument or the built-in geography does."""
    digest = hashlib.sha256(scale.encode())
    files = sorted((ROOT / "Sources" / "KFLImport" / "Demo").glob("*.swift"))
    files += [ROOT / "data" / "instrument.json", ROOT / "data" / "geography.json"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def demo_dataset(kfl, scale, report):
    """The demo CSV (and geografi.csv) for a scale, made by `kfl demo` once and kept."""
    directory = BUILD / "data" / scale
    stamp = directory / "fingerprint"
    if stamp.exists() and stamp.read_text() == fingerprint(scale) and (directory / "csv" / "geografi.csv").exists():
        return directory / "csv"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    report.note(f"Lager demodata for {scale} i {directory.relative_to(ROOT)} (første gang) …")
    seconds, peak, _ = measure.run("kfl demo", [kfl, "demo", "--scale", scale, "-o", str(directory / "demo.sqlite"),
                                             "--csv", str(directory / "csv")], str(directory / "demo.log"))
    report.note(f"kfl demo --scale {scale}: {decimal(seconds, 1)} s, {megabytes(peak)} (lages bare én gang)")
    stamp.write_text(fingerprint(scale))
    return directory / "csv"


def smoke_dataset():
    directory = BUILD / "data" / "smoke"
    shutil.rmtree(directory, ignore_errors=True)
    smoke_data.write(str(directory), str(ROOT / "data" / "instrument.json"))
    return directory


def answer_files(directory):
    return sorted(str(p) for p in directory.glob("*.csv") if p.name != "geografi.csv")


def import_section(kfl, key, title, directory, top_name, runs, peers, report, logs, out):
    """Times the import job for every tool, checks the cells; returns kfl's snapshot and whether all agreed."""
    files = answer_files(directory)
    geography = str(directory / "geografi.csv")
    logs = logs / key
    logs.mkdir(exist_ok=True)
    rows = sum(sum(1 for _ in open(f, "rb")) - 1 for f in files)
    size = sum(os.path.getsize(f) for f in files)
    outputs = {"kfl": out / f"kfl-{key}.sqlite", "sqlite3": out / f"sqlite3-{key}.sqlite",
               "pandas": out / f"pandas-{key}.parquet", "DuckDB": out / f"duckdb-{key}.duckdb"}
    kfl_argv = [kfl, "import", *files, "--geografi", geography, "-o", str(outputs["kfl"])]
    if top_name:
        kfl_argv += ["--navn", top_name]
    jobs = [("wc -l", ["wc", "-l", *files], None), ("cat", ["cat", *files], "/dev/null"),
            ("kfl import", kfl_argv, None)]
    if peers.sqlite3:
        jobs.append(("sqlite3", ["bash", str(PEERS / "sqlite3-cells.sh"), str(directory), geography,
                                 str(outputs["sqlite3"])], None))
    if peers.python:
        jobs.append(("pandas", [peers.python, str(PEERS / "pandas_cells.py"), str(directory), geography,
                                str(outputs["pandas"])], None))
        jobs.append(("DuckDB", [peers.python, str(PEERS / "duckdb_cells.py"), str(directory), geography,
                                str(outputs["DuckDB"]), "--threads", str(os.cpu_count())], None))
    measure.run("varm opp", ["cat", *files], str(logs / "warm.log"), stdout="/dev/null")  # the page cache
    for path in outputs.values():
        path.unlink(missing_ok=True)

    def before(label):  # kfl replaces an existing snapshot; start each run from none, as the peers do
        if label == "kfl import":
            outputs["kfl"].unlink(missing_ok=True)

    series = measure.interleaved(jobs, runs, str(logs), before=before)
    report.import_table(f"Import, {title} ({integer(rows)} svar i {len(files)} filer, {megabytes(size)} CSV)", series)
    kfl_series = series[2]
    if not kfl_series.ok:
        return None, False
    arguments = []
    for s in series[3:]:
        if s.ok:
            arguments += [f"--{s.label.lower()}", str(outputs[s.label])]
    checked = subprocess.run([peers.checker_python, str(HERE / "check_cells.py"), str(outputs["kfl"]), *arguments],
                             capture_output=True, text=True)
    if checked.returncode != 0:
        report.check(title, None, checked.stderr.strip().splitlines()[-1:])
        return str(outputs["kfl"]), False
    result = json.loads(checked.stdout)
    report.check(title, result, [])
    return str(outputs["kfl"]), all(r["agrees"] for r in result.values())


SHOW_SQL = """
WITH school AS (
  SELECT s.id AS id, s.parent_id AS kommune FROM units s JOIN units k ON k.id = s.parent_id
  WHERE s.kind = 'skole' AND s.name = '{school}' AND k.name = '{kommune}'),
latest AS (SELECT max(round) AS round FROM rounds),
first_group AS (
  SELECT g.id FROM groups g JOIN factors f ON f.group_id = g.id JOIN cells c ON c.factor = f.number
  WHERE c.unit_id = (SELECT id FROM school) AND c.round = (SELECT round FROM latest) AND c.trinn = 0
  ORDER BY g.position LIMIT 1)
SELECT f.area, f.name, s.n, round(s.mean, 2), round(s.sd, 2), round(k.mean, 2), round(c.mean, 2),
       round((s.mean - c.mean) / c.sd, 2), s.suppressed
FROM factors f
JOIN cells s ON s.factor = f.number AND s.unit_id = (SELECT id FROM school)
  AND s.round = (SELECT round FROM latest) AND s.trinn = 0 AND s.gender = 0
LEFT JOIN cells k ON k.factor = f.number AND k.unit_id = (SELECT kommune FROM school)
  AND k.round = s.round AND k.trinn = 0 AND k.gender = 0
LEFT JOIN cells c ON c.factor = f.number AND c.unit_id = 1 AND c.round = s.round AND c.trinn = 0 AND c.gender = 0
WHERE f.group_id = (SELECT id FROM first_group)
ORDER BY f.number;
"""


def kfl_builds(kfl, kfl_static):
    """The binaries start-up is measured for: the package's (static) first, as users run it, then the plain
    build (Swift's runtime and Foundation as shared libraries, as `swift build` makes it)."""
    if kfl_static:
        return [("kfl (pakken, statisk)", kfl_static), ("kfl (swift build, dynamisk)", kfl)]
    return [("kfl", kfl)]


def show_section(kfl, kfl_static, snapshot, runs, peers, report, logs):
    con = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    school, kommune = con.execute("""
        SELECT s.name, k.name FROM units s JOIN units k ON k.id = s.parent_id WHERE s.kind = 'skole'
        ORDER BY s.id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM units WHERE kind = 'skole')""").fetchone()
    con.close()
    jobs = [(label.replace("kfl", "kfl show", 1), [binary, "show", snapshot, "--kommune", kommune, "--skole", school],
             None) for label, binary in kfl_builds(kfl, kfl_static)]
    if peers.sqlite3:
        sql = SHOW_SQL.format(school=school.replace("'", "''"), kommune=kommune.replace("'", "''"))
        jobs.append(("sqlite3 (samme spørringer)", [peers.sqlite3, "-readonly", snapshot, sql], None))
    series = measure.interleaved(jobs, runs, str(logs), separate_memory=True)
    report.small_table(f"kfl show for én skole ({school}, {kommune}), {runs} runder", series)


def startup_section(kfl, kfl_static, runs, peers, report, logs):
    jobs = [(label.replace("kfl", "kfl --version", 1), [binary, "--version"], None)
            for label, binary in kfl_builds(kfl, kfl_static)]
    if peers.sqlite3:
        jobs.append(("sqlite3 -version", [peers.sqlite3, "-version"], None))
    report.small_table(f"Oppstart, {runs} runder", measure.interleaved(jobs, runs, str(logs), separate_memory=True))


def tui_section(kfl, snapshot, title, runs, report, logs):
    """kfl bench-tui: the browser's per-key times on the snapshot, medians of the runs' figures."""
    figures = {"first": [], "median": [], "p99": [], "max": [], "keys": [], "rss": []}
    for round_ in range(runs):
        stdout = str(logs / "bench-tui.out")
        try:
            argv = [kfl, "bench-tui", snapshot]
            _, peak, _ = measure.run("kfl bench-tui", argv, str(logs / "bench-tui.log"), stdout=stdout)
        except Failed as failure:
            report.tui(title, None, failure)
            return False
        text = open(stdout, encoding="utf-8").read()
        first = re.search(r"første bilde[^:]*: ([\d.]+) ms", text)
        keys = re.search(r"(\d+) taster: median ([\d.]+) ms, p99 ([\d.]+) ms, maks ([\d.]+) ms", text)
        if not first or not keys:
            report.tui(title, None, Failed("kfl bench-tui", 0, "kjente ikke igjen utskriften:\n" + text))
            return False
        figures["first"].append(float(first.group(1)))
        figures["keys"].append(int(keys.group(1)))
        for name, group in (("median", 2), ("p99", 3), ("max", 4)):
            figures[name].append(float(keys.group(group)))
        rss = re.search(r"maxrss\): (\d+) MiB", text)
        figures["rss"].append(peak if peak is not None else int(rss.group(1)) * 2**20 if rss else None)
    report.tui(title, {k: sorted(v)[len(v) // 2] if None not in v else None for k, v in figures.items()}, None)
    return True


def decimal(value, digits):
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",")


def integer(value):
    return f"{value:,}".replace(",", " ")


def megabytes(value):
    if value is None:
        return "–"
    return f"{value / 1e6:,.0f} MB".replace(",", " ") if value >= 10e6 else f"{value / 1e6:.1f} MB".replace(".", ",")


class Report:
    """The one table, built section by section."""

    def __init__(self, runs, smoke):
        self.lines = []
        self.notes = []
        self.runs = runs
        self.smoke = smoke

    def note(self, text):
        print(text, file=sys.stderr, flush=True)
        self.notes.append(text)

    def machine(self, kfl):
        cpu = platform.processor() or platform.machine()
        try:
            for line in open("/proc/cpuinfo"):
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        memory = ""
        try:
            memory = f", {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB minne"
        except (ValueError, OSError):
            pass
        commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True,
                                text=True).stdout.strip()
        kind = "røyktest" if self.smoke else "måling"
        self.lines.append(f"kfl-benchmark ({kind}), {datetime.datetime.now():%Y-%m-%d %H:%M}, commit {commit or '?'}")
        self.lines.append(f"Maskin: {platform.system()} {platform.release()} {platform.machine()}, {cpu}, "
                          f"{os.cpu_count()} kjerner{memory}")
        self.kfl = kfl

    def versions(self, kfl, peers):
        # The first line: `kfl --version` goes on with the commit and the file formats.
        lines = subprocess.run([kfl, "--version"], capture_output=True, text=True).stdout.strip().splitlines()
        version = lines[0] if lines else "kfl ?"
        found = [version] + [f"{name} {v}" for name, v in peers.versions().items()]
        self.lines.append(f"Versjoner: {', '.join(found)}, Python {platform.python_version()}")
        self.lines.append(f"Medianer over {self.runs} {'runde' if self.runs == 1 else 'runder'} som går "
                          "annenhver (A B C A B C …); min–maks i parentes; cpu er bruker- pluss systemtid. "
                          "«kfl ÷» er kfl delt på verktøyet: over 1 betyr at kfl bruker mer.")

    def import_table(self, title, series):
        kfl = next((s for s in series if s.label == "kfl import"), None)
        rows = [["verktøy", "tid", "(min–maks)", "cpu", "minne", "kfl ÷ tid", "kfl ÷ minne"]]
        for s in series:
            if not s.ok:
                rows.append([s.label, f"feilet: exit {s.failure.code}" if s.failure else "-", "", "", "", "", ""])
                continue
            ratio_time = ratio_memory = ""
            if kfl and kfl.ok and s is not kfl:
                ratio_time = decimal(kfl.median / s.median, 2) + "×"
                if kfl.peak and s.peak:
                    ratio_memory = decimal(kfl.peak / s.peak, 2) + "×"
            rows.append([s.label, decimal(s.median, 2) + " s",
                         f"({decimal(min(s.seconds), 2)}–{decimal(max(s.seconds), 2)})",
                         "–" if s.cpu is None else decimal(s.cpu, 2) + " s",
                         megabytes(s.peak), ratio_time, ratio_memory])
        self.section(title, rows)
        self.failures(series)

    def small_table(self, title, series):
        base = series[0]
        rows = [["kommando", "tid", "(min–maks)", "minne", "kfl ÷ tid", ""]]
        for s in series:
            if not s.ok:
                rows.append([s.label, f"feilet: exit {s.failure.code}", "", "", "", ""])
                continue
            ratio = decimal(base.median / s.median, 2) + "×" if base.ok and s is not base else ""
            rows.append([s.label, decimal(s.median * 1000, 1) + " ms",
                         f"({decimal(min(s.seconds) * 1000, 1)}–{decimal(max(s.seconds) * 1000, 1)})",
                         megabytes(s.peak), ratio, ""])
        self.section(title, rows)
        self.failures(series)

    def tui(self, title, figures, failure):
        if failure:
            self.section(f"Nettleseren på snapshotet for {title} (kfl bench-tui)", [["feilet", str(failure.code)]])
            self.lines.append(indent(failure.log))
            return
        rows = [["figur", "median av runder"],
                ["første bilde (åpne, laste, tegne 120×40)", decimal(figures["first"], 1) + " ms"],
                [f"per tast, median ({figures['keys']} taster per runde)", decimal(figures["median"], 2) + " ms"],
                ["per tast, p99", decimal(figures["p99"], 2) + " ms"],
                ["per tast, tregeste", decimal(figures["max"], 2) + " ms"],
                ["høyeste minnebruk (RSS)", megabytes(figures["rss"])]]
        self.section(f"Nettleseren på snapshotet for {title} (kfl bench-tui, oppdatering + tegning per tast)", rows)

    def check(self, title, result, error):
        self.lines.append("")
        self.lines.append(f"Kontroll, {title}: et utvalg publiserte kfl-celler mot hvert verktøy (n likt, "
                          "snitt og sd innen 1e-9)")
        if result is None:
            self.lines.append(f"  kontrollen feilet: {' '.join(error)}")
            return
        if not result:
            self.lines.append("  ingen verktøy å sammenligne med")
        for peer, r in result.items():
            verdict = "like" if r["agrees"] else "ULIKE"
            self.lines.append(
                f"  {peer}: {integer(r['checked'])} celler {verdict}; mangler {r['missing']}, annen n {r['other_n']}, "
                f"største avvik snitt {r['max_mean_diff']:.1e}, sd {r['max_sd_diff']:.1e}")
            for example in r["examples"]:
                self.lines.append(f"    f.eks. {example}")

    def failures(self, series):
        for s in series:
            if s.failure:
                self.lines.append(f"  {s.label} feilet (exit {s.failure.code}):")
                self.lines.append(indent(s.failure.log))

    def section(self, title, rows):
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        self.lines.append("")
        self.lines.append(title)
        for row in rows:
            cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
            self.lines.append("  " + "  ".join(cells).rstrip())

    def finish(self, peers):
        self.lines.append("")
        if peers.unavailable:
            for peer, reason in peers.unavailable.items():
                self.lines.append(f"Utilgjengelig: {peer} – {reason}")
        else:
            self.lines.append("Alle verktøyene var tilgjengelige (sqlite3-skallet, pandas, DuckDB).")
        if not measure.MEMORY_MEASURED:
            self.lines.append("Minne er ikke målt: /usr/bin/time mangler (apt-get install time).")
        for note in self.notes:
            self.lines.append(f"Merk: {note}")

    def text(self):
        return "\n".join(self.lines)


def indent(text):
    return "\n".join("    " + line for line in text.strip().splitlines()[-12:])


if __name__ == "__main__":
    sys.exit(main())
