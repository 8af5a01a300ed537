"""Peak memory (RSS) of flake8 with the plugin against plain flake8, on the same files in one run.

    python bench/memory.py [--dense-files 200]

Runs ``flake8 -j1`` (in one process, so its own peak RSS is the run's) over
Django 5.2.8 (downloads the pinned sdist) and over the dense generated corpus
of ``bench/dense.py``, once without the MCD plugin and once with it, and
prints each peak RSS and the ratios (targets of issue 9: Django <= 1.2, dense
corpus <= 2).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _bytecode import compile_plugin  # noqa: E402
from _sdist import sdist  # noqa: E402
from dense import generate  # noqa: E402

# each child writes its own peak RSS (kB) to the file named by its last argument when it exits
_REPORT = (
    "import atexit, resource, sys\n"
    "out_path = sys.argv.pop()\n"
    "atexit.register(lambda: open(out_path, 'w').write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
)
PLAIN = _REPORT + (
    "import flake8.plugins.finder as f\n"
    "real = f.find_plugins\n"
    "f.find_plugins = lambda cfg, opts: [p for p in real(cfg, opts) if p.entry_point.name != 'MCD']\n"
    "from flake8.main.cli import main\n"
    "sys.exit(main())\n"
)
WITH_PLUGIN = _REPORT + "from flake8.main.cli import main\nsys.exit(main())\n"


def peak_mb(script: str, args: list[str], cwd: Path) -> float:
    """Peak RSS in MB of one flake8 run."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        subprocess.run([sys.executable, "-c", script, *args, out.name], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return int(Path(out.name).read_text() or 0) / 1024


def compare(label: str, target: str, cwd: Path) -> None:
    args = ["-j1", "--isolated", target]
    plain = peak_mb(PLAIN, args, cwd)
    plugged = peak_mb(WITH_PLUGIN, args, cwd)
    print(f"{label}: plain flake8 {plain:.0f} MB, with flake8-medicaid-scope {plugged:.0f} MB, ratio {plugged / plain:.2f}", flush=True)


def main() -> None:
    compile_plugin()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dense-files", type=int, default=200)
    options = parser.parse_args()
    root = sdist("django", "5.2.8")
    compare("django 5.2.8", "django", root)
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), options.dense_files, seed=7)
        compare(f"dense corpus ({options.dense_files} files)", ".", Path(folder))


if __name__ == "__main__":
    main()
