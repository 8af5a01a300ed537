"""The project's own code: lint, types, and the plugin run on its own source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    # the timeout only guards against a hang; no test asserts how long a run takes
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff() -> None:
    result = run("ruff", "check", "flake8_medicaid_scope", "tests", "scripts", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = run("mypy", "flake8_medicaid_scope")
    assert result.returncode == 0, result.stdout + result.stderr


def test_plugin_on_its_own_source() -> None:
    # the package is the analysis's worst case (an abstract interpreter of Python, read by one): about
    # a fifth of its modules take more than the default 5 s budget with the modules they import, and
    # would say so with MCD901; the test asks for no false finding, so it gives them the time
    # the run is started when the session is collected (conftest.py), so that it overlaps the other tests
    from conftest import OWN_SOURCE, OWN_SOURCE_RUN

    started = OWN_SOURCE.pop("run", None)
    if started is None:
        result = run(*OWN_SOURCE_RUN, timeout=900)
        returncode, stdout, stderr = result.returncode, result.stdout, result.stderr
    else:
        try:
            stdout, stderr = started.communicate(timeout=900)
        except subprocess.TimeoutExpired:
            started.kill()
            raise
        returncode = started.returncode
    assert returncode == 0 and stdout == "", stdout + stderr
