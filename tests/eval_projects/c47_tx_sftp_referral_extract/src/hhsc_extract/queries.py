"""Queries against the T-MSIS eligibility mirror.

The select list is shared with the internal reconciliation report, which is
why it carries more columns than the federal extract uses.
"""
from psycopg2.extras import RealDictCursor

REMOVABLE_SQL = """
    SELECT e.msis_ident_num,
           e.birth_dt,
           e.elgbl_line_1_adr,
           e.elgbl_zip_cd,
           e.elgbl_phne_num,
           e.imgrtn_stus_cd,
           e.ssn,
           e.first_name,
           e.last_name
      FROM tmsis_elgbl e
     WHERE e.imgrtn_stus_cd IN %(codes)s
       AND e.submtg_state_cd = '48'
"""


def fetch_removable(conn, codes):
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(REMOVABLE_SQL, {"codes": tuple(codes)})
        return cur.fetchall()
