import sys
from pathlib import Path
import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process remembers of modules (as a new flake8 run would)."""
    import flake8_medicaid_scope.analysis as analysis
    import flake8_medicaid_scope.prefilter as prefilter

    monkeypatch.setattr(prefilter, "_facts_caches", {})
    monkeypatch.setattr(analysis, "_parsed", {})
