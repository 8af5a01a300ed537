"""Wire model agreed with the receiving office."""

from datetime import date

from pydantic import BaseModel


class EroReferralEvent(BaseModel):
    correlation_id: str
    msis_ident_num: str
    birth_dt: date
    imgrtn_stus_cd: str
    ctznshp_ind: str | None = None
    last_name: str  # MCD101
    prmry_lang_grp_cd: str | None = None  # MCD101
    dx_code: str | None = None  # MCD102
    priority_tier: int = 0  # MCD104
