"""Member rows from the GAMMIS replica (the same reader feeds the state warehouse).

Expected findings: none (no sink, no enforcement name).
"""
from psycopg.rows import dict_row

MEMBER_SQL = (
    "SELECT medicaid_id, ssn, first_name, last_name, date_of_birth, race, "
    "home_address, city, zip_code, phone_number, aid_category, "
    "citizenship_status, immigration_status "
    "FROM gammis.member_current WHERE is_active"
)


def iter_members(conn):
    with conn.cursor(row_factory=dict_row, name="member_scan") as cur:
        cur.itersize = 5000
        cur.execute(MEMBER_SQL)
        for row in cur:
            yield row
