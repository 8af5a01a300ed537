"""What may leave the agency for ICE (Dec. 29, 2025 order)."""

ALLOWED_FIELDS = frozenset({
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr_home",
    "elgbl_city_name_home",
    "elgbl_zip_cd_home",
    "imgrtn_stus_cd",
})

DROP_FIELDS = ("ssn_num", "elgbl_1st_name", "elgbl_last_name", "prmry_lang_cd")


def scrub(rec):
    return {k: v for k, v in rec.items() if k in ALLOWED_FIELDS}
