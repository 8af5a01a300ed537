"""T-MSIS replica queries."""
from psycopg.rows import dict_row

SUBJECTS_SQL = """
    SELECT e.msis_ident_num,
           e.birth_dt,
           e.ssn_num,
           e.elgbl_1st_name,
           e.elgbl_last_name,
           e.elgbl_line_1_adr_home,
           e.elgbl_city_name_home,
           e.elgbl_zip_cd_home,
           e.imgrtn_stus_cd,
           e.prmry_lang_cd
      FROM tmsis.var_dmgrphc_elgblty e
     WHERE e.imgrtn_stus_cd = %(status)s
"""

SUBJECT_SQL = """
    SELECT e.msis_ident_num,
           e.birth_dt,
           e.ssn_num,
           e.elgbl_1st_name,
           e.elgbl_last_name,
           e.elgbl_line_1_adr_home,
           e.elgbl_city_name_home,
           e.elgbl_zip_cd_home,
           e.imgrtn_stus_cd,
           e.prmry_lang_cd
      FROM tmsis.var_dmgrphc_elgblty e
     WHERE e.msis_ident_num = %(cin)s
"""


def fetch_subjects(conn, status):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(SUBJECTS_SQL, {"status": status})
        return cur.fetchall()


def fetch_subject(conn, cin):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(SUBJECT_SQL, {"cin": cin})
        return cur.fetchone()
