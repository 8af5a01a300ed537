"""Packet builders for the EID feed."""
from __future__ import annotations

from typing import Any

from eid_referrals.models import MemberSnapshot
from eid_referrals.settings import AGENCY_CODE


def build_ice_packet(m: MemberSnapshot) -> dict[str, Any]:
    return {
        "agency_code": AGENCY_CODE,
        "medicaid_id": m.msis_ident_num,
        "date_of_birth": m.birth_dt.isoformat(),
        "address": {"street": m.home_address, "zip": m.home_zip},
        "phone": m.home_phone,
        "immigration_status": m.imgrtn_stus_cd,
        "preferred_language": m.primary_lang_cd,  # MCD101
        "last_er_visit_dx": m.last_er_dx_cd,  # MCD102
    }


def build_audit_entry(m: MemberSnapshot, referral_id: str) -> dict[str, Any]:
    return {"msis_ident_num": m.msis_ident_num, "referral_id": referral_id, "ssn": m.ssn}
