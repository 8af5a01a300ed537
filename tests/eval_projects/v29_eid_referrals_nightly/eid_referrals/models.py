"""Typed views of rows returned by the MMIS reader."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MemberSnapshot:
    msis_ident_num: str
    birth_dt: date
    home_address: str
    home_zip: str
    home_phone: str | None
    imgrtn_stus_cd: str | None
    ssn: str
    primary_lang_cd: str | None
    last_er_dx_cd: str | None
    referral_reason_txt: str | None
    opted_out: bool = False
