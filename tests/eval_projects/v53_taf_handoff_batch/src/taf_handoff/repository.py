"""Reads from the TAF demographic-eligibility warehouse."""
import pandas as pd

ENROLLEE_SQL = """
    SELECT *
      FROM taf_de_base
     WHERE rfrnc_yr = %(year)s
"""


def load_enrollees(conn, year):
    return pd.read_sql(ENROLLEE_SQL, conn, params={"year": year})
