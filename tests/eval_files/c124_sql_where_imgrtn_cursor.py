"""Monthly referral extract over an Oracle MMIS cursor, one POST per row to the ICE EID API.

Clean: the SQL WHERE clause restricts rows on imgrtn_stus_cd / imgrtn_vrfctn_ind before anything is sent.
"""
import json
import logging

import oracledb
import requests

log = logging.getLogger("mmis.referrals")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"

# state-specific codes: 8 = no lawful status found, 9 = SAVE final negative
REFERRAL_SQL = """
SELECT e.msis_ident_num, e.birth_dt, e.elgbl_zip_cd, e.elgbl_phne_num, e.imgrtn_stus_cd
  FROM mmis.elgbl_person e
 WHERE e.imgrtn_stus_cd IN ('8', '9')
   AND e.imgrtn_vrfctn_ind = 'N'
"""


def main(dsn: str) -> None:
    session = requests.Session()
    session.headers["Content-Type"] = "application/json"
    with oracledb.connect(dsn=dsn) as conn:
        cursor = conn.cursor()
        cursor.execute(REFERRAL_SQL)
        for msis_ident_num, birth_dt, elgbl_zip_cd, elgbl_phne_num, imgrtn_stus_cd in cursor:
            body = json.dumps({
                "msis_ident_num": msis_ident_num,
                "birth_dt": birth_dt.strftime("%Y-%m-%d"),
                "elgbl_zip_cd": elgbl_zip_cd,
                "elgbl_phne_num": elgbl_phne_num,
                "imgrtn_stus_cd": imgrtn_stus_cd,
            })
            r = session.post(ICE_REFERRAL_URL, data=body, timeout=30)
            if r.status_code >= 400:
                log.error("referral rejected for %s: %s", msis_ident_num, r.status_code)
