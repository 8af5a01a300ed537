"""The flake8 adapter: options in, findings out. No analysis here."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Iterator

from . import __version__
from .analysis import analyze
from .config import Config, ConfigError

_LIST_OPTIONS = {
    "enforcement-hosts": "host patterns of enforcement endpoints (replaces the default *.ice.gov, *.dhs.gov, *.cbp.gov)",
    "non-enforcement-hosts": "host patterns that are never enforcement, overriding name signals (replaces the default state and federal health hosts)",
    "enforcement-tokens": "words that mark a name as enforcement (replaces the default ice,dhs,ero,cbp,enforcement,deportation)",
    "sinks": "qualified names of extra calls that send to enforcement (every argument is data)",
    "harmless-fields": "field names that never count (added to the default request ids, timestamps, counts)",
    "extra-fields": "name=category pairs added to the field vocabulary",
}


class MedicaidScopeChecker:
    """flake8 plugin entry point (code prefix MCD)."""

    name = "flake8-medicaid-scope"
    version = __version__
    config: Config | None = None

    def __init__(self, tree: Any, lines: list[str], filename: str = "") -> None:
        self.lines = lines
        self.filename = filename

    @classmethod
    def add_options(cls, manager: Any) -> None:
        """Register the --medicaid-* options."""
        for option, help_text in _LIST_OPTIONS.items():
            manager.add_option(f"--medicaid-{option}", parse_from_config=True, comma_separated_list=True, default=None, help=help_text)
        manager.add_option("--medicaid-policy", parse_from_config=True, default=None, help="path to a policy JSON file that replaces the shipped one")
        manager.add_option("--medicaid-as-of", parse_from_config=True, default=None, help="date (YYYY-MM-DD) whose policy applies; default today")

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        """Validate the options; a bad value stops flake8 with one line naming the option."""
        try:
            cls.config = Config.from_options(
                enforcement_hosts=options.medicaid_enforcement_hosts,
                non_enforcement_hosts=options.medicaid_non_enforcement_hosts,
                enforcement_tokens=options.medicaid_enforcement_tokens,
                sinks=options.medicaid_sinks or (),
                harmless_fields=options.medicaid_harmless_fields or (),
                extra_fields=options.medicaid_extra_fields or (),
                policy=options.medicaid_policy,
                as_of=options.medicaid_as_of,
            )
        except ConfigError as exc:
            sys.stderr.write(f"flake8-medicaid-scope: {exc}\n")
            raise SystemExit(2) from None

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        """Yield flake8 results for this file."""
        # flake8 runs tree plugins only on source CPython parsed, so the syntax gate is done
        for f in analyze("".join(self.lines), self.config, syntax_checked=True, filename=self.filename or None):
            yield f.line, f.col, f.message, type(self)
