"""Runs commands and measures them from outside: wall time from start to exit,
and peak resident memory.

Peak memory comes from /usr/bin/time (GNU `-f %M` on Linux, BSD `-l` on macOS),
not from this Python process: Linux keeps the largest RSS a process ever had,
and a child forked from a 20 MB Python would report at least 20 MB, even `wc`.
/usr/bin/time forks from a process of about 2 MB, which is then the floor."""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


class Failed(Exception):
    """A measured command exited with an error; `log` holds the end of its output."""

    def __init__(self, label, code, log):
        super().__init__(f"{label}: exit {code}")
        self.label, self.code, self.log = label, code, log


def _time_flavour():
    path = shutil.which("time", path="/usr/bin:/bin")
    if not path:
        return None, None
    if sys.platform == "darwin":
        return path, "bsd"
    probe = subprocess.run([path, "-f", "%M", "true"], capture_output=True, text=True)
    return (path, "gnu") if probe.returncode == 0 and probe.stderr.strip().isdigit() else (None, None)


TIME, FLAVOUR = _time_flavour()
MEMORY_MEASURED = TIME is not None


def run(label, argv, log_path, stdout=None, with_memory=True):
    """Runs argv once; returns (seconds, peak bytes, cpu seconds), the last two None when not
    measured. stdout: a file path, else the log."""
    memory_file = log_path + ".rss"
    if with_memory and FLAVOUR == "gnu":
        argv = [TIME, "-f", "%M %U %S", "-o", memory_file, *argv]
    elif with_memory and FLAVOUR == "bsd":
        argv = [TIME, "-l", *argv]
    with open(log_path, "wb") as log:
        out = open(stdout, "wb") if stdout else log
        try:
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdout=out, stderr=log, stdin=subprocess.DEVNULL)
            code = process.wait()
            seconds = time.perf_counter() - start
        finally:
            if stdout:
                out.close()
    with open(log_path, "rb") as log:
        text = log.read().decode("utf-8", "replace")
    if code != 0:
        raise Failed(label, code, text[-2000:])
    peak = cpu = None
    if with_memory and FLAVOUR == "gnu":
        with open(memory_file) as f:
            kib, user, system = f.read().split()[-3:]
        peak, cpu = int(kib) * 1024, float(user) + float(system)
    elif with_memory and FLAVOUR == "bsd":
        found = re.findall(r"(\d+)\s+maximum resident set size", text)
        peak = int(found[-1]) if found else None
        times = re.findall(r"([\d.]+) real\s+([\d.]+) user\s+([\d.]+) sys", text)
        cpu = float(times[-1][1]) + float(times[-1][2]) if times else None
    return seconds, peak, cpu


class Series:
    """The runs of one command: medians and spread."""

    def __init__(self, label):
        self.label = label
        self.seconds = []
        self.peaks = []
        self.cpus = []
        self.failure = None

    @property
    def ok(self):
        return self.failure is None and bool(self.seconds)

    @property
    def median(self):
        return statistics.median(self.seconds)

    @property
    def peak(self):
        return statistics.median(self.peaks) if self.peaks else None

    @property
    def cpu(self):
        """User + system seconds: what the work costs, however busy the machine was."""
        return statistics.median(self.cpus) if self.cpus else None


def interleaved(jobs, runs, log_dir, before=None, separate_memory=False):
    """Runs every job once per round, round after round (A B C A B C …), so a
    machine that speeds up or slows down affects all alike. jobs: (label, argv,
    stdout) tuples. A job that fails is not run again. With separate_memory
    (for commands of a few milliseconds) time is taken without /usr/bin/time in
    between and memory in a run of its own. Returns a Series per job."""
    series = [Series(label) for label, _, _ in jobs]
    for _ in range(runs):
        for (label, argv, stdout), s in zip(jobs, series):
            if s.failure:
                continue
            log = os.path.join(log_dir, f"{slug(label)}.log")
            try:
                if before:
                    before(label)
                seconds, peak, cpu = run(label, argv, log, stdout=stdout, with_memory=not separate_memory)
                if separate_memory and MEMORY_MEASURED:
                    _, peak, cpu = run(label, argv, log, stdout=stdout)
                s.seconds.append(seconds)
                if peak is not None:
                    s.peaks.append(peak)
                if cpu is not None:
                    s.cpus.append(cpu)
            except Failed as failure:
                s.failure = failure
    return series


def slug(label):
    return "".join(c if c.isalnum() else "-" for c in label.lower()).strip("-")
