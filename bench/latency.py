"""Editor latency: flake8 on one file given over stdin, fresh processes, with and without the plugin.

    python bench/latency.py [--rounds 7]

Measures, side by side in one run, the median wall time and the peak RSS of
``flake8 --stdin-display-name=x.py -`` on (1) a small module with no enforcement signal
(the plugin's pre-check must keep it cheap: target ratio <= 1.10) and (2) a generated
2,000-line module that holds an enforcement word and sends Medicaid fields (the full
analysis runs: target ratio <= 1.5).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _bytecode import compile_plugin  # noqa: E402
from dense import module  # noqa: E402
from overhead import PLAIN, WITH_PLUGIN  # noqa: E402

SMALL = '"""Utilities."""\nimport json\n\n\ndef load(path):\n    with open(path) as fh:\n        return json.load(fh)\n'


def run(script: str, source: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the child) of one fresh flake8 on ``source`` over stdin."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, "--isolated", "--stdin-display-name=x.py", "-"], input=source, text=True,
                   capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(after, before) / 1024


def main() -> int:
    compile_plugin()
    import random

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    large = module(random.Random(3), 2000)
    for label, source, target in (("small file, no signal", SMALL, 1.10), ("2,000-line file with an enforcement word", large, 1.5)):
        plain = [run(PLAIN, source) for _ in range(options.rounds)]
        plugged = [run(WITH_PLUGIN, source) for _ in range(options.rounds)]
        p, q = statistics.median(w for w, _ in plain), statistics.median(w for w, _ in plugged)
        print(f"{label}: plain flake8 {p:.3f}s, with the plugin {q:.3f}s, ratio {q / p:.2f} (target <= {target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
