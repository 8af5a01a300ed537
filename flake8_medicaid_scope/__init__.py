"""flake8-medicaid-scope: find code that sends Medicaid data beyond what the court allowed
to immigration-enforcement endpoints.

Public API::

    from flake8_medicaid_scope import analyze, Config, Finding
    findings = analyze(source_text, Config.from_options(enforcement_tokens=["ice"]))

Heavy imports (libcst) happen only when a file needs a parse.
"""

from __future__ import annotations

from .analysis import analyze
from .config import Config, ConfigError
from .findings import Finding

__version__ = "0.1.0"

__all__ = ["Config", "ConfigError", "Finding", "analyze", "__version__"]
