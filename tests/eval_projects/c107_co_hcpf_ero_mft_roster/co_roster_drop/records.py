"""Enrollee contact rows from the CBMS replica, and the roster file writer.

The readers are generators so that a county of 200,000 members is never
held in memory.
"""
import csv

from psycopg.rows import dict_row

# CBMS immigration status codes recorded for people not lawfully present.
UNLAWFUL_STATUS_CODES = ("EWI", "OVS", "FO")

COUNTY_SQL = """
SELECT medicaid_id, date_of_birth, home_address, zip_code, phone_number,
       citizenship_status, immigration_status
FROM cbms_replica.member_contact
WHERE county_code = %s
"""

FLAGGED_SQL = """
SELECT medicaid_id, date_of_birth, home_address, zip_code, phone_number,
       citizenship_status, immigration_status
FROM cbms_replica.member_contact
WHERE county_code = %s
  AND immigration_status IN ('EWI', 'OVS', 'FO')
"""

ROSTER_COLUMNS = [
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "zip_code",
    "phone_number",
    "citizenship_status",
    "immigration_status",
]


def iter_county(conn, county_code):
    """Every member of one county, one row at a time."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(COUNTY_SQL, (county_code,))
        for row in cur:
            yield row


def iter_flagged(conn, county_code):
    """Members of one county whose immigration status code marks unlawful presence."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(FLAGGED_SQL, (county_code,))
        for row in cur:
            yield row


def write_roster(path, rows) -> int:
    """Write the roster CSV to ``path``; returns the number of rows written."""
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ROSTER_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
