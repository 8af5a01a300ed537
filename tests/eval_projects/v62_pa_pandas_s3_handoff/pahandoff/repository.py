"""Extract queries against the MMIS reporting replica."""
import pandas as pd

EXTRACT_SQL = """
SELECT mcd_id,
       dob,
       imgrtn_stus_cd,
       ctznshp_ind,
       home_address,
       zip,
       phone_number,
       race_ethncty_cd,
       match_score
  FROM pa_mmis.recipient_extract
 WHERE extract_month = %(month)s
"""


def load_month(conn, month):
    return pd.read_sql(EXTRACT_SQL, conn, params={"month": month})


def load_county_corrections(path):
    """Address corrections uploaded by the county assistance offices."""
    return pd.read_csv(path, dtype=str)
