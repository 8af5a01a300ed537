"""What the December 2025 order lets the hand-off send, and about whom."""

REFERRAL_COLUMNS = (
    "msis_ident_num",
    "birth_dt",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "ctznshp_ind",
    "imgrtn_stus_cd",
)

UNLAWFUL_STATUS_CODES = ("3",)
