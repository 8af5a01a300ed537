"""Output column -> source column of the T-MSIS eligibility file."""

ERO_COLUMNS = {
    "medicaid_id": "msis_ident_num",
    "last_name": "elgbl_last_name",
}

BASIC_COLUMNS = {
    "medicaid_id": "msis_ident_num",
    "date_of_birth": "birth_dt",
}
