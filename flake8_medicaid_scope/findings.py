"""Public data types of the analysis."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    """One step of the path behind a finding: where (``path`` empty: the linted file) and what happened there."""

    line: int
    col: int
    text: str
    path: str = ""


@dataclass(frozen=True, order=True)
class Finding:
    """One lint error: where, which code, and the full one-line message (starting with the code).
    ``trace``: the path behind it, from where the data was read or placed to the send and why its
    destination counts as enforcement (not part of equality or order)."""

    line: int
    col: int
    code: str
    message: str
    trace: tuple[Step, ...] = field(default=(), compare=False)
