"""Reads from the NC Medicaid eligibility replica (PostgreSQL)."""
from psycopg.rows import dict_row

# Immigration status codes recorded for people not lawfully present.
UNLAWFUL_PRESENCE_CODES = ["EWI", "OVS", "TPS_TERM"]

REMOVABLE_SQL = """
SELECT cin, date_of_birth, citizenship_status, immigration_status,
       home_address, zip_code, phone_number
FROM nc_medicaid.member_status
WHERE immigration_status = ANY(%(codes)s)
  AND status_changed_on >= %(since)s
"""

MEMBER_SQL = """
SELECT cin, date_of_birth, first_name, last_name, alien_number,
       home_address, zip_code, ssn, primary_diagnosis
FROM nc_medicaid.member
WHERE cin = %s
"""

NOTICE_SQL = """
SELECT cin, first_name, last_name, home_address, zip_code, renewal_due_on
FROM nc_medicaid.member
WHERE renewal_due_on = %s
"""


def iter_removable(conn, since):
    """Members recorded as not lawfully present whose status changed since ``since``."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(REMOVABLE_SQL, {"codes": UNLAWFUL_PRESENCE_CODES, "since": since})
        for row in cur:
            yield row


def fetch_member(conn, cin: str):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(MEMBER_SQL, (cin,))
        return cur.fetchone()


def fetch_notice_batch(conn, due_on):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(NOTICE_SQL, (due_on,))
        return cur.fetchall()
