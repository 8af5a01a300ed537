"""Member repository (state MMIS replica)."""
import sqlite3

MEMBER_SQL = """
    SELECT cin,
           ssn,
           first_name,
           last_name,
           dob,
           home_address,
           phone_number,
           primary_diagnosis,
           pcp_name,
           ice_contact_name,
           ice_contact_phone
      FROM members
     WHERE cin = ?
"""


def member_by_medicaid_id(conn, medicaid_id):
    conn.row_factory = sqlite3.Row
    row = conn.execute(MEMBER_SQL, (medicaid_id,)).fetchone()
    return dict(row) if row is not None else None
