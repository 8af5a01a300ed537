"""Profile the analysis of one file, the way flake8 would run it (no results cache), with cProfile.

    python bench/profile_file.py PATH [--sort tottime|cumulative] [--top 30]

Prints the file's findings (codes only), the CPU time of the analysis, and the functions that
took the most time: the first thing to look at when a file runs into the time budget (MCD901).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import flake8_medicaid_scope.analysis as analysis
from flake8_medicaid_scope import Config
from flake8_medicaid_scope.prefilter import start_session


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative", "ncalls"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--budget", type=float, default=3600.0, help="the time budget (default: none to speak of)")
    args = parser.parse_args()
    source = Path(args.path).read_text(encoding="utf-8", errors="replace")
    config = Config.from_options(cache=False, time_budget=args.budget)
    start_session()
    profiler = cProfile.Profile()
    started = time.process_time()
    profiler.enable()
    found = analysis._analyze(source, config, str(Path(args.path).resolve()))
    profiler.disable()
    spent = time.process_time() - started
    print(f"{args.path}: {len(source.splitlines())} lines, findings {sorted(f.code for f in found)}, {spent:.2f}s CPU (under the profiler)")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
