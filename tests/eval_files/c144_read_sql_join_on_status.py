"""Quarterly extract for the ICE EID bulk channel, using a code-table join to choose the population.

Clean: a JOIN ... ON ties imgrtn_stus_cd to the referral-code table, which decides which rows are read.
"""
import pandas as pd
import requests
from sqlalchemy import create_engine

ICE_BULK_URL = "https://eid.ice.gov/api/v2/bulk"
CHUNK = 1000

QUERY = """
    SELECT p.msis_ident_num,
           p.birth_dt,
           a.elgbl_line_1_adr,
           a.elgbl_city_name,
           a.elgbl_zip_cd
      FROM elig.person p
      JOIN ref.referral_status_codes r
        ON r.code = p.imgrtn_stus_cd
      JOIN elig.address a
        ON a.msis_ident_num = p.msis_ident_num
     WHERE a.elgbl_adr_type_cd = '01'
"""


def run(db_url: str) -> int:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        df = pd.read_sql(QUERY, conn)
    df["birth_dt"] = df["birth_dt"].astype(str)
    for start in range(0, len(df), CHUNK):
        chunk = df.iloc[start:start + CHUNK]
        requests.post(ICE_BULK_URL, json=chunk.to_dict("records"), timeout=300)
    return len(df)
