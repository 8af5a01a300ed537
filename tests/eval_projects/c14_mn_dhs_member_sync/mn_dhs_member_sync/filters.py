"""Population selection for the referral job."""

STATUS_COL = 5  # imgrtn_stus_cd in repository.ENROLLEE_SQL
REMOVAL_REVIEW_CODES = ("3", "9")


def select_removable(rows):
    """Rows whose immigration status code is on the removal-review list."""
    return [row for row in rows if row[STATUS_COL] in REMOVAL_REVIEW_CODES]
