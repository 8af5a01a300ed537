"""Record layouts of the eligibility extract."""
from dataclasses import dataclass


@dataclass(frozen=True)
class SubjectRecord:
    msis_ident_num: str
    birth_dt: str
    elgbl_zip_cd: str
    imgrtn_stus_cd: str
    sex_cd: str
    dgns_1_cd: str
