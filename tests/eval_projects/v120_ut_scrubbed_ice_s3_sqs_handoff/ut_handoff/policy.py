"""Allow-list of the six basic categories and the in-scope statuses.

Scenario:
    Kept apart from the code so the privacy office can review it.

Expected findings:
    none
"""
PERMITTED_COLUMNS = (
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_state_cd",
    "elgbl_zip_cd",
    "elgbl_phne_num",
)
NOT_LAWFUL_CODES = ("3", "8")
