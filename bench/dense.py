"""The plugin's own time against libcst's parse time, on a dense generated corpus.

    python bench/dense.py [--files 500] [--seed 7] [--out bench/.cache/dense]

Generates (deterministically) a corpus where every file has sinks, enforcement URLs
and payloads of Medicaid fields, 50 to 3,000 lines long, then measures in one run,
file by file: libcst's parse alone, and the whole analysis (``analysis._analyze``:
parse, positions, index, data flow, rules), given CPython's ast of the file as flake8 gives it
to the plugin (flake8 parses it for itself in every run; its time is printed apart). Prints both totals and the ratio
analysis / parse (target of issue 9: <= 1.5), and the peak RSS of each phase.
"""

from __future__ import annotations

import argparse
import ast
import random
import resource
import sys
import time
from pathlib import Path

FIELDS = ["ssn", "first_name", "last_name", "dob", "medicaid_id", "cin", "diagnosis_code", "race", "sex", "phone", "home_address",
          "household_income", "primary_language", "claim_id", "immigration_status", "citizenship", "email", "npi", "case_number"]
URLS = ['"https://eid.ice.gov/api/v1/referrals"', '"https://portal.dhs.state.mn.us/api/members"', 'os.environ.get("ICE_URL", "https://eid.ice.gov/x")']


def module(rng: random.Random, lines: int) -> str:
    out = ["import json, os", "import requests", "import boto3", "", f"ICE_URL = {URLS[0]}", f"STATE_URL = {URLS[1]}", ""]
    n = 0
    while len(out) < lines:
        n += 1
        chosen = rng.sample(FIELDS, rng.randint(2, 6))
        target = rng.choice(["requests.post(ICE_URL, json=body)", 'boto3.client("s3").put_object(Bucket="ice-eid-drop", Key="k", Body=json.dumps(body))',
                             f"helper_{n}(body)"])
        if target.startswith("helper"):
            out += [f"def helper_{n}(payload):", "    return requests.post(ICE_URL, json=payload)", ""]
        out.append(f"def send_{n}(m, flag=False):")
        out.append("    body = {")
        out += [f'        "{f}": m.{f},' for f in chosen]
        out.append("    }")
        if rng.random() < 0.5:
            out.append(f'    body["{rng.choice(FIELDS)}"] = m.{rng.choice(FIELDS)}')
        out.append("    if flag:")
        out.append("        requests.post(STATE_URL, json=body, timeout=10)")
        out.append("        return None")
        out.append(f"    {target}")
        out.append("")
    return "\n".join(out) + "\n"


def generate(folder: Path, files: int, seed: int) -> list[Path]:
    """Write the corpus (deterministic for a seed) into ``folder``; return the paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [50 + int(2950 * rng.random() ** 3) for _ in range(files)]  # most files short, some long
    paths = []
    for i, size in enumerate(sizes):
        path = folder / f"m{i:04d}.py"
        path.write_text(module(rng, size))
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(Path(__file__).parent / ".cache" / "dense"))
    options = parser.parse_args()
    paths = generate(Path(options.out), options.files, options.seed)
    import libcst as cst

    import flake8_medicaid_scope.analysis as analysis
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.prefilter import start_session

    sources = [(str(p), p.read_text()) for p in paths]
    config = Config.from_options(cache=False, time_budget="60")
    parse = 0.0
    for _, source in sources:
        started = time.perf_counter()
        cst.parse_module(source)
        parse += time.perf_counter() - started
    rss_parse = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start_session()
    whole = 0.0
    findings = 0
    cpython = 0.0  # flake8's own ast parse, handed to the plugin as in a flake8 run (not the plugin's time)
    for _, source in sources:
        started = time.perf_counter()
        tree = ast.parse(source)
        cpython += time.perf_counter() - started
        started = time.perf_counter()
        findings += len(analysis._analyze(source, config, None, tree))
        whole += time.perf_counter() - started
    rss_whole = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines = sum(s.count("\n") for _, s in sources)
    print(f"{len(sources)} files, {lines:,} lines, {findings:,} findings")
    print(f"libcst parse: {parse:.2f}s; whole analysis: {whole:.2f}s; ratio {whole / parse:.2f} (target <= 1.5)")
    print(f"(flake8's ast parse of the same files, handed to the analysis as flake8 does: {cpython:.2f}s)")
    print(f"peak RSS after the parses: {rss_parse / 1024:.0f} MB; after the analyses: {rss_whole / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
