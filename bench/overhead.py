"""Overhead of the plugin over plain flake8, measured in one run on the same files.

    python bench/overhead.py [--rounds 5] [--package django==5.2.8] [--cold]

Downloads the pinned sdist, then alternates plain flake8 (the MCD plugin
removed from flake8's plugin list) and flake8 with the plugin, ``-j1``, over
the package's Python files, and prints the median wall and CPU times and their
ratios (CPU time is the steadier of the two on a shared machine), and the time
spent inside the plugin's per-file checks, which no machine noise hides.
With ``--cold`` the plugin's cache folder is deleted before every run with the plugin
(the first lint of a checkout); without it, every run after the first finds it warm.
Target: ratio <= 1.05.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _bytecode import compile_plugin  # noqa: E402
from _sdist import sdist  # noqa: E402

# plain flake8: the same installed flake8, with the MCD plugin dropped before it is loaded
PLAIN = (
    "import sys, flake8.plugins.finder as f\n"
    "real = f.find_plugins\n"
    "f.find_plugins = lambda cfg, opts: [p for p in real(cfg, opts) if p.entry_point.name != 'MCD']\n"
    "from flake8.main.cli import main\n"
    "sys.exit(main())\n"
)
WITH_PLUGIN = "import sys\nfrom flake8.main.cli import main\nsys.exit(main())\n"
# with the plugin, adding up the time spent inside it (its per-file run, options and import excluded)
INSIDE = (
    "import atexit, sys, time\n"
    "out_path = sys.argv.pop()\n"
    "from flake8_medicaid_scope.plugin import MedicaidScopeChecker as C\n"
    "spent = [0.0]\n"
    "real = C.run\n"
    "def run(self):\n"
    "    t = time.perf_counter(); out = list(real(self)); spent[0] += time.perf_counter() - t; return out\n"
    "C.run = run\n"
    "atexit.register(lambda: open(out_path, 'w').write(str(spent[0])))\n"
    "from flake8.main.cli import main\n"
    "sys.exit(main())\n"
)


def timed(script: str, args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one flake8 run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    compile_plugin()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--package", default="django==5.2.8")
    parser.add_argument("--cold", action="store_true", help="delete the plugin's cache folder before every run with the plugin")
    options = parser.parse_args()
    name, version = options.package.split("==")
    root = sdist(name, version)
    target = name if (root / name).is_dir() else "."
    args = ["-j1", "--isolated", target]
    check = subprocess.run([sys.executable, "-c", WITH_PLUGIN, "--version"], capture_output=True, text=True)
    assert "flake8-medicaid-scope" in check.stdout, "the plugin is not installed"
    plain: list[tuple[float, float]] = []
    plugged: list[tuple[float, float]] = []
    cache = root / ".medicaid_scope_cache"
    for i in range(options.rounds):
        plain.append(timed(PLAIN, args, root))
        if options.cold:
            shutil.rmtree(cache, ignore_errors=True)
        plugged.append(timed(WITH_PLUGIN, args, root))
        print(f"round {i + 1}: plain {plain[-1][0]:.2f}s wall / {plain[-1][1]:.2f}s CPU, "
              f"with plugin {plugged[-1][0]:.2f}s wall / {plugged[-1][1]:.2f}s CPU", flush=True)
    if options.cold:
        shutil.rmtree(cache, ignore_errors=True)
    inside = root / ".inside-seconds"
    subprocess.run([sys.executable, "-c", INSIDE, *args, str(inside)], cwd=root, stdout=subprocess.DEVNULL, check=False)
    spent = float(inside.read_text())
    files = sum(1 for _ in (root / target).rglob("*.py"))
    print(f"{name} {version}: {files} files, -j1, {options.rounds} rounds, {'cold' if options.cold else 'warm'} cache, medians:")
    for label, k in (("wall", 0), ("CPU", 1)):
        a = statistics.median(t[k] for t in plain)
        b = statistics.median(t[k] for t in plugged)
        print(f"  {label}: plain flake8 {a:.2f}s, with flake8-medicaid-scope {b:.2f}s, ratio {b / a:.3f}")
    plain_cpu = statistics.median(t[1] for t in plain)
    print(f"  time inside the plugin's checks: {spent:.2f}s over {files} files "
          f"(ratio if added to plain flake8's median CPU: {(plain_cpu + spent) / plain_cpu:.3f})")


if __name__ == "__main__":
    main()
