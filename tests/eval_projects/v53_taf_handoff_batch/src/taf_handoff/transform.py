"""Shape the warehouse extract into the hand-off layout."""
from .config import TARGET_COUNTIES

REFERRAL_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr_home",
    "elgbl_city_name_home",
    "elgbl_zip_cd_home",
    "elgbl_phne_num_home",
    "race_ethncty_cd",
    "elgblty_grp_cd",
    "dgns_1_cd",
]


def referral_frame(raw):
    in_scope = raw[raw["elgbl_cnty_cd_home"].isin(TARGET_COUNTIES)]
    return in_scope[REFERRAL_COLUMNS].drop_duplicates(subset="msis_ident_num")
