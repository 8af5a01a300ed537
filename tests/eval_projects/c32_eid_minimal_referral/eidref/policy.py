"""Field allow-list derived from California v. HHS (N.D. Cal. Dec. 29, 2025).

Only these T-MSIS columns may leave the agency for immigration enforcement.
"""

PERMITTED_FIELDS = (
    "msis_ident_num",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "birth_dt",
)
