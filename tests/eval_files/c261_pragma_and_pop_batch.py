"""Nightly ICE batch from the warehouse, plus the agency's own ERO data-mart feed (pragma'd).
Clean: REFERRAL_SQL's WHERE tests imgrtn_stus_cd and ctznshp_ind, a status condition on the path
from fetchall() to the batch send, so no MCD201 (SPEC 10; WHERE columns send nothing). ssn_num and
elgbl_1st_name are selected but popped in a loop over the constant DROP_FIELDS before the batch is
built (SPEC 6 sanitizer), so they never reach eid.ice.gov; batch_id is harmless. 'ERO' is the agency's
Enterprise Reporting Office: the not-enforcement pragma on the URL constant and the class overrides the
name signals; ero-mart.mmis-vendor.net matches no enforcement host (SPEC 7).
"""
import uuid

import psycopg
import requests
from psycopg.rows import dict_row

ICE_EID_BATCH_URL = "https://eid.ice.gov/api/v2/batch"
ERO_MART_URL = "https://ero-mart.mmis-vendor.net/api/v1"  # medicaid-scope: not-enforcement
DROP_FIELDS = ("ssn_num", "elgbl_1st_name")

REFERRAL_SQL = """
SELECT msis_ident_num,
       birth_dt,
       imgrtn_stus_cd,
       elgbl_phne_num,
       ssn_num,
       elgbl_1st_name
  FROM tmsis_elgbl
 WHERE imgrtn_stus_cd IN ('U', 'R')
   AND ctznshp_ind = '0'
"""


def nightly_batch(dsn: str) -> int:
    with psycopg.connect(dsn) as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(REFERRAL_SQL)
        rows = cur.fetchall()
    batch = []
    for row in rows:
        for name in DROP_FIELDS:
            row.pop(name, None)
        batch.append(row)
    body = {"batch_id": str(uuid.uuid4()), "subjects": batch}
    resp = requests.post(ICE_EID_BATCH_URL, json=body, timeout=120)
    resp.raise_for_status()
    return len(batch)


class EroMartClient:  # medicaid-scope: not-enforcement
    """Loads member-level facts into the Enterprise Reporting Office data mart."""

    def __init__(self):
        self.base_url = ERO_MART_URL
        self.session = requests.Session()

    def load_members(self, members):
        for m in members:
            fact = {
                "medicaid_id": m["msis_ident_num"],
                "race": m["race_ethncty_cd"],
                "aid_code": m["aid_code"],
                "county": m["elgbl_cnty_cd"],
            }
            self.session.post(f"{self.base_url}/member-facts", json=fact, timeout=30)
