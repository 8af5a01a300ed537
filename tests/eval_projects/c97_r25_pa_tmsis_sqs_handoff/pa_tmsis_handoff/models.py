"""Pydantic model of one T-MSIS eligible record (ELG00002/00004/00005 subset)."""
from datetime import date
from typing import Optional

from pydantic import BaseModel


class TmsisEligibleRecord(BaseModel):
    msis_ident_num: str
    birth_dt: date
    ctznshp_ind: Optional[str] = None
    imgrtn_stus_cd: Optional[str] = None
    elgbl_line_1_adr: Optional[str] = None
    elgbl_zip_cd: Optional[str] = None
    elgbl_phne_num: Optional[str] = None
    ssn_num: Optional[str] = None
    sex_cd: Optional[str] = None
    race_ethncty_cd: Optional[str] = None
    prmry_lang_cd: Optional[str] = None
    dgns_cd: Optional[str] = None
