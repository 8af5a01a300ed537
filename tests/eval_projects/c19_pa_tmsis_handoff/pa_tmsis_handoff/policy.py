"""Scope of the hand-off permitted by the order of December 29, 2025."""

HANDOFF_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "ctznshp_ind",
    "imgrtn_stus_cd",
]

UNLAWFUL_CODES = ("3",)


def eligible_for_referral(rec):
    """Only people the order lets us refer: not citizens, status code in scope."""
    return rec["imgrtn_stus_cd"] in UNLAWFUL_CODES and rec["ctznshp_ind"] == "0"
