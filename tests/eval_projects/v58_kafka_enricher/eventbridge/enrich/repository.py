"""Member lookups against the MMIS replica."""
from psycopg.rows import dict_row

MEMBER_SQL = """
    SELECT cin,
           birth_date,
           home_address,
           phone_number,
           sex,
           primary_language
      FROM mmis.member
     WHERE cin = %s
"""


def member_by_cin(conn, cin):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(MEMBER_SQL, (cin,))
        return cur.fetchone()
