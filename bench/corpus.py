"""Run the analysis over real code that sends member data to non-enforcement hosts; expect zero findings.

    python bench/corpus.py            # fhirclient 4.4.0, Django 5.2.8, apache-airflow-providers-amazon 9.2.0

Prints, per package, the files read, how many passed the text pre-check (and
were parsed), and the findings by code. Exit status 1 when anything is found.
``--full`` skips the pre-check and runs the whole analysis on every file (a
robustness run: any MCD900 internal error shows up there). ``--only django``
runs one package; ``--slowest N`` prints the N files that took the most CPU time
(the ones to profile when a file runs into the time budget, MCD901);
``--match TEXT`` keeps only the files whose path holds TEXT.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _sdist import sdist  # noqa: E402

import flake8_medicaid_scope.analysis as analysis  # noqa: E402
from flake8_medicaid_scope import Config, analyze  # noqa: E402
from flake8_medicaid_scope.prefilter import start_session  # noqa: E402

#: a FHIR client, a web framework, and a project that moves files and SQL (boto3, SFTP, pandas, Redshift)
PACKAGES = [("fhirclient", "4.4.0"), ("django", "5.2.8"), ("apache-airflow-providers-amazon", "9.2.0")]


def _option(name: str) -> str | None:
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args and args.index(name) + 1 < len(args) else None


def main() -> int:
    full = "--full" in sys.argv[1:]
    only, match = _option("--only"), _option("--match")
    slowest = int(_option("--slowest") or 0)
    timings: list[tuple[float, str]] = []
    config = Config.from_options(cache=False)  # the analysis itself, never a result kept from an earlier run
    start_session()  # as flake8 does once per run
    # --full skips the text pre-check only: a file CPython itself rejects (Django ships one on purpose)
    # gets flake8's E999 and nothing from the plugin, as analyze() decides
    run = (
        (lambda source, cfg, filename: analysis._analyze(source, cfg, filename) if analysis._cpython_accepts(source) else [])
        if full else (lambda source, cfg, filename: analyze(source, cfg, filename=filename))
    )
    total = 0
    for name, version in PACKAGES:
        if only and name != only:
            continue
        root = sdist(name, version)
        files = sorted(p for p in root.rglob("*.py") if not match or match in str(p.relative_to(root)))
        parsed_before = analysis.parse_count
        codes: Counter[str] = Counter()
        started = time.perf_counter()
        for path in files:
            source = path.read_text(encoding="utf-8", errors="replace")
            cpu = time.process_time()
            try:
                found_here = run(source, config, str(path))
            except Exception as exc:  # noqa: BLE001 - report and go on
                found_here = [analysis._internal_error(f"{type(exc).__name__}: {exc}")]
            timings.append((time.process_time() - cpu, f"{name}/{path.relative_to(root)}"))
            for finding in found_here:
                codes[finding.code] += 1
                print(f"{path.relative_to(root)}:{finding.line}:{finding.col + 1}: {finding.message}")
        parsed = analysis.parse_count - parsed_before
        elapsed = time.perf_counter() - started
        found = sum(codes.values())
        total += found
        print(f"{name} {version}: {len(files)} files, {parsed} parsed after the pre-check, {found} findings {dict(codes)} ({elapsed:.1f}s)")
    for seconds, where in sorted(timings, reverse=True)[:slowest]:
        print(f"{seconds:7.2f}s CPU  {where}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
