"""Service object used by a vendor's nightly runner: ReferralExporter pulls a county's
managed-care enrollees and posts one referral per person to the ICE EID gateway.

Expected MCD201 at self._send(member): the loop hands every row of a county/plan-only select to a helper that posts it; MCD101 for the SSN fragment in _send.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from vendor.models import Member

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://gateway.eid.ice.gov"


@dataclass
class ExportStats:
    sent: int = 0
    failed: int = 0


class ReferralExporter:
    def __init__(self, session: Session, county_cd: str) -> None:
        self.session = session
        self.county_cd = county_cd
        self.client = httpx.Client(base_url=ICE_EID_BASE, timeout=30.0)
        self.stats = ExportStats()

    def _members(self) -> list[Member]:
        stmt = (
            select(Member)
            .where(Member.elgbl_cnty_cd == self.county_cd)
            .where(Member.mc_plan_id.is_not(None))
            .order_by(Member.msis_ident_num)
        )
        return list(self.session.scalars(stmt))

    def _send(self, member: Member) -> None:
        payload = {
            "msis_ident_num": member.msis_ident_num,
            "birth_dt": member.birth_dt.isoformat(),
            "ssn_last4": member.ssn[-4:],  # MCD101
            "elgbl_line_1_adr": member.elgbl_line_1_adr,
            "elgbl_zip_cd": member.elgbl_zip_cd,
        }
        resp = self.client.post("/v1/referrals", json=payload)
        if resp.is_error:
            self.stats.failed += 1
            log.warning("referral for %s failed: %s", member.msis_ident_num, resp.status_code)
        else:
            self.stats.sent += 1

    def run(self) -> ExportStats:
        try:
            for member in self._members():
                self._send(member)  # MCD201
        finally:
            self.client.close()
        return self.stats
