"""Lint one file of a synthetic 300-module project, as pre-commit would, and compare flake8
with the plugin against plain flake8 on the same file: with a cold cache, with a warm cache
and the file unchanged (its kept result is used), and with a warm cache right after an edit
of the file (analyzed again; the modules it imports are parsed again too).

    python bench/project.py [--modules 300] [--rounds 5]
    python bench/project.py --whole --modules 1000 --jobs 2   # the whole project, 5% of modules touch enforcement

The project is a package of modules that each import a payload builder of another
module and a shared client that posts to an enforcement URL from a settings module,
so the changed file's analysis reaches across the project. "Plain" is the same flake8
with the MCD checks deselected (the plugin then does no analysis at all).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _bytecode import compile_plugin  # noqa: E402

SETTINGS = 'ICE_URL = "https://eid.ice.gov/api/v1"\nSTATE_URL = "https://portal.dhs.state.mn.us/api"\n'
CLIENT = '''import requests

from .settings import ICE_URL


class Client:
    def __init__(self):
        self.base_url = ICE_URL

    def _post(self, path, body):
        return requests.post(self.base_url + path, json=body, timeout=10)

    def submit(self, body):
        return self._post("/subjects", body)
'''
MODULE = '''"""Referral step {n}."""
from .client import Client
from .m{prev:03d} import build_{prev:03d}


def build_{n:03d}(member):
    return {{"medicaid_id": member.cin, "dob": member.birth_date}}


def send_{n:03d}(member):
    body = build_{prev:03d}(member)
    body["step"] = {n}
    return Client().submit(body)
'''


NEUTRAL = '''"""Reporting step {n}."""
import json


def summarize_{n:03d}(rows):
    return json.dumps({{"count": len(rows), "step": {n}}})
'''


def make(root: Path, modules: int, every: int = 1) -> Path:
    (root / "pyproject.toml").write_text('[project]\nname = "synthetic"\n')
    pkg = root / "synthetic"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "settings.py").write_text(SETTINGS)
    (pkg / "client.py").write_text(CLIENT)
    senders = [n for n in range(modules) if n % every == 0]
    for n in range(modules):
        if n % every == 0:
            prev = senders[senders.index(n) - 1]
            (pkg / f"m{n:03d}.py").write_text(MODULE.format(n=n, prev=prev))
        else:
            (pkg / f"m{n:03d}.py").write_text(NEUTRAL.format(n=n))
    return pkg / f"m{modules // 2:03d}.py" if every == 1 else pkg


def run(root: Path, target: Path, select: str, jobs: int = 1) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "flake8", f"-j{jobs}", f"--select={select}", str(target.relative_to(root))], cwd=root,
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr)
    return elapsed


def main() -> int:
    compile_plugin()
    parser = argparse.ArgumentParser()
    parser.add_argument("--modules", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--whole", action="store_true", help="lint the whole package; one module in 20 touches enforcement")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="medicaid-scope-bench-"))
    try:
        if args.whole:
            package = make(root, args.modules, every=20)
            cold = run(root, package, "E,F,W,MCD", args.jobs)
            plain = [run(root, package, "E,F,W", args.jobs) for _ in range(args.rounds)]
            warm = [run(root, package, "E,F,W,MCD", args.jobs) for _ in range(args.rounds)]
            p, w = statistics.median(plain), statistics.median(warm)
            print(f"{args.modules}-module project, whole package, -j{args.jobs}, {args.rounds} rounds:")
            print(f"  plain flake8 {p:.2f}s; with the plugin: cold cache {cold:.2f}s (ratio {cold / p:.2f}), warm cache {w:.2f}s (ratio {w / p:.2f})")
            return 0
        target = make(root, args.modules)
        cold = run(root, target, "E,F,W,MCD")
        plain, unchanged, edited = [], [], []
        for n in range(args.rounds):
            plain.append(run(root, target, "E,F,W"))
            unchanged.append(run(root, target, "E,F,W,MCD"))
            # an edit of the file itself: its kept result no longer applies, its imports' facts do
            with target.open("a", encoding="utf-8") as out:
                out.write(f"\n# edit {n}\n")
            edited.append(run(root, target, "E,F,W,MCD"))
        p, u, e = statistics.median(plain), statistics.median(unchanged), statistics.median(edited)
        print(f"{args.modules}-module project, one file ({target.name}), {args.rounds} rounds (median):")
        print(f"  plain flake8 {p:.2f}s; with the plugin: cold cache {cold:.2f}s (ratio {cold / p:.2f}), "
              f"warm cache and the file unchanged {u:.2f}s (ratio {u / p:.2f}), "
              f"warm cache and the file just edited {e:.2f}s (ratio {e / p:.2f})")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
