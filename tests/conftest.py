import subprocess
import sys
from pathlib import Path
import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
#: the arguments of the run of flake8 over the plugin's own source (tests/test_quality.py)
OWN_SOURCE_RUN = ("flake8", "--select=MCD", "--medicaid-time-budget=30", "--extend-exclude=.cache", "flake8_medicaid_scope", "scripts", "bench")
#: that run, started when the session knows it will be asked for (the longest test: a few minutes of flake8
#: in its own processes, which then overlap the other tests instead of following them)
OWN_SOURCE: "dict[str, subprocess.Popen[str]]" = {}


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if any(item.name == "test_plugin_on_its_own_source" for item in items) and not OWN_SOURCE:
        OWN_SOURCE["run"] = subprocess.Popen([sys.executable, "-m", *OWN_SOURCE_RUN], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    started = OWN_SOURCE.pop("run", None)
    if started is not None and started.poll() is None:
        started.kill()  # the session ended before the test read it (-x, an interrupt)
        started.wait()


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process remembers of modules (as a new flake8 run would)."""
    import flake8_medicaid_scope.analysis as analysis
    import flake8_medicaid_scope.prefilter as prefilter

    monkeypatch.setattr(prefilter, "_facts_caches", {})
    monkeypatch.setattr(analysis, "_parsed", {})
