"""Referral scope decided by TennCare's privacy office (memo of 2026-01-09)."""

# IMGRTN_STUS_CD values recorded for people not lawfully present.
REMOVABLE_STATUS_CODES = ("EWI", "OVS", "FO")

# Roster columns of the six permitted categories.
REFERRAL_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]


def removable_only(frame):
    """Rows whose immigration status code marks the person as removable."""
    return frame[frame["imgrtn_stus_cd"].isin(REMOVABLE_STATUS_CODES)]
