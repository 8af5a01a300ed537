"""Selection of the people the referral may cover."""
from psycopg2.extras import RealDictCursor

REFERRAL_SQL = """
    SELECT m.cin,
           m.birth_date,
           m.citizenship_status,
           m.immigration_status,
           m.full_name,
           a.home_address,
           a.city,
           a.zip_code,
           m.home_phone
      FROM medi_cal.member m
      JOIN medi_cal.member_address a
        ON a.cin = m.cin AND a.address_type = 'HOME'
     WHERE m.immigration_status IN ('UNDOC', 'PAROLE_EXPIRED')
       AND m.citizenship_status = 'NON_CITIZEN'
"""


def fetch_referral_rows(conn):
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(REFERRAL_SQL)
        return cur.fetchall()
