"""Queries against the TIERS reporting database."""
from psycopg.rows import dict_row

OPEN_HOLDS_SQL = """
SELECT m.medicaid_id,
       m.date_of_birth,
       m.county_code,
       h.household_size
  FROM tiers.member m
  JOIN tiers.household h ON h.case_id = m.case_id
 WHERE m.immigration_status_code IN ('UNQ', 'EXP')
   AND m.hold_requested = TRUE
 ORDER BY m.county_code
"""


def open_holds(conn):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(OPEN_HOLDS_SQL)
        return cur.fetchall()
