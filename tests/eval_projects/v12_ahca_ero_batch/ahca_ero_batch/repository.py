"""Reads from the FMMIS data warehouse."""
import pandas as pd

ENROLLEE_SQL = """
SELECT msis_ident_num,
       birth_dt,
       elgbl_line_1_adr,
       elgbl_zip_cd,
       imgrtn_stus_cd
  FROM dw.enrollee_current
 WHERE enrlmt_end_dt IS NULL
"""


def load_enrollees(conn) -> pd.DataFrame:
    return pd.read_sql(ENROLLEE_SQL, conn, parse_dates=["birth_dt"])
