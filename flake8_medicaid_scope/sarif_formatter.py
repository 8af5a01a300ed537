"""flake8 formatter ``--format=sarif-mcd``: every error flake8 reports, as one SARIF 2.1.0 log.

Registered under ``flake8.report`` (``pyproject.toml``). flake8 imports this module on
every run, so it imports only flake8's formatter base here; the log is built at the
end (``stop``) by :mod:`flake8_medicaid_scope.sarif`, which never imports libcst.

- Every reported error becomes a result, other plugins' codes too (``ruleId`` only:
  ``tool.driver.rules`` describes the MCD codes).
- The log goes to ``--output-file`` (replaced, not appended to: a SARIF file holds one
  JSON document) or to standard output (both with ``--tee``).
- URIs are relative to the current directory (``%SRCROOT%``), which is the repository
  root when flake8 runs there, as in CI.
- The rules carry the citation of the policy and date the lint ran with
  (``--medicaid-policy``, ``--medicaid-as-of``).
- ``--statistics`` and ``--benchmark`` write nothing: text after the JSON would make
  the file unreadable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

from flake8.formatting.base import BaseFormatter
from flake8.statistics import Statistics
from flake8.violation import Violation


class _Reported(NamedTuple):
    """A flake8 error in the shape ``sarif.sarif_log`` reads (``col`` 0-based)."""

    line: int
    col: int
    code: str
    message: str
    source_line: str | None


class SarifFormatter(BaseFormatter):
    """Collect flake8's errors and write them as a SARIF 2.1.0 log when the run stops."""

    def after_init(self) -> None:
        self.results: list[tuple[str, _Reported]] = []

    def start(self) -> None:
        """Open ``--output-file`` for writing (flake8's default appends)."""
        if self.filename:
            dirname = os.path.dirname(os.path.abspath(self.filename))
            os.makedirs(dirname, exist_ok=True)
            self.output_fd = open(self.filename, "w", encoding="utf-8")

    def handle(self, error: Violation) -> None:
        """Keep the error; nothing is written before the end."""
        col = max(error.column_number - 1, 0)  # flake8's column is 1-based
        # physical_line is flake8's noqa line: a whole multi-line string for a line inside one,
        # so the fingerprint reads the file's own line; physical_line serves only for stdin
        self.results.append((error.filename, _Reported(error.line_number, col, error.code, error.text, error.physical_line)))

    def format(self, error: Violation) -> str | None:
        """Unused: the log is written whole in :meth:`stop`."""
        return None

    def show_statistics(self, statistics: Statistics) -> None:
        """Nothing: the output is one JSON document."""

    def show_benchmarks(self, benchmarks: list[tuple[str, float]]) -> None:
        """Nothing: the output is one JSON document."""

    def stop(self) -> None:
        """Write the log, then close the output file."""
        import json

        from .sarif import sarif_log

        policy, as_of = _policy_of_run()
        log = sarif_log(self.results, base=Path.cwd(), policy=policy, as_of=as_of)
        self._write(json.dumps(log, indent=2, ensure_ascii=False))
        super().stop()


def _policy_of_run() -> tuple[Any, Any]:
    """The policy and date of this lint run (the plugin's validated options), or the defaults."""
    from .plugin import MedicaidScopeChecker

    config = getattr(MedicaidScopeChecker, "config", None)
    if config is None:
        return None, None
    return config.policy, config.as_of
