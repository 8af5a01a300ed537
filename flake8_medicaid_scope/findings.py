"""Public data types of the analysis."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One lint error: where, which code, and the full one-line message (starting with the code)."""

    line: int
    col: int
    code: str
    message: str
