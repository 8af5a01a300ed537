"""Column allow-list and the status codes that select who may be handed off."""

EXPORT_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]

REMOVABLE_STATUS_CODES = ("8", "9")
