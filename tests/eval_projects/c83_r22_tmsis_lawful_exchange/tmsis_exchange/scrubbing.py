"""Field-removal helpers applied before anything leaves for a federal partner."""

NON_REFERRAL_COLUMNS = (
    "ELGBL_1ST_NAME",
    "ELGBL_LAST_NAME",
    "ELGBL_MDL_INITL_NAME",
    "SSN_NUM",
    "SEX_CD",
    "RACE_ETHNCTY_CD",
    "ELGBLTY_GRP_CD",
    "MSIS_CASE_NUM",
)


def drop_non_referral_columns(record):
    for column in NON_REFERRAL_COLUMNS:
        record.pop(column, None)
    return record
