"""Outbox of referral lines, filled record by record and drained by the job."""
from __future__ import annotations

from ma_outbox.builder import ice_referral_line
from ma_outbox.records import EnrolleeRecord


class ReferralOutbox:
    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._lines: list[dict] = []

    def stage(self, rec: EnrolleeRecord) -> None:
        self._lines.append(ice_referral_line(rec))

    def requeue(self, lines: list[dict]) -> None:
        self._lines[:0] = lines

    def full(self) -> bool:
        return len(self._lines) >= self.limit

    def take(self) -> list[dict]:
        lines, self._lines = self._lines, []
        return lines

    def __len__(self) -> int:
        return len(self._lines)
