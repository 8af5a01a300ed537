"""Status screening of extract rows."""

REMOVABLE_STATUS_CODES = ("3",)


def is_removable(row):
    if row.get("CTZNSHP_IND") == "1":
        return False
    return row.get("IMGRTN_STUS_CD") in REMOVABLE_STATUS_CODES
