"""Reads of the MMIS enrollee table (psycopg2, tuple rows)."""

ENROLLEE_SQL = """
SELECT msis_ident_num,
       birth_dt,
       elgbl_line_1_adr,
       elgbl_zip_cd,
       elgbl_phne_num,
       imgrtn_stus_cd
  FROM mmis.enrollee
 WHERE enrlmt_end_dt IS NULL
"""


def fetch_enrollees(conn):
    with conn.cursor() as cur:
        cur.execute(ENROLLEE_SQL)
        return cur.fetchall()
