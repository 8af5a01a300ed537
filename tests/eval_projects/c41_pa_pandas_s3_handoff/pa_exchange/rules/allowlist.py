"""Columns that may be handed off to the federal government, and to whom."""

HANDOFF_COLUMNS = [
    "msis_id",
    "imgrtn_stus_cd",
    "ctznshp_ind",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "birth_dt",
]

# T-MSIS extension code used by the vendor for "unlawfully present".
UNLAWFUL_STATUS_CODE = "U"
