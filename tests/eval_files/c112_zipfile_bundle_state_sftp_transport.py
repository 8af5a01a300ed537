"""Monthly T-MSIS bundle: zips full eligibility and claims extracts and pushes them to the state MFT server over SFTP."""
import csv
import io
import os
import zipfile
from datetime import date

import paramiko
import psycopg2

MFT_HOST = "sftp.dhs.state.mn.us"
MFT_USER = "mmis_tmsis"
MFT_KEY = "/etc/mmis/keys/mft_rsa"
DSN = os.environ.get("MMIS_DSN", "dbname=mmis host=mmis-db.internal user=tmsis_ro")

ELIGIBILITY_SQL = "SELECT * FROM tmsis_elgbl WHERE submtg_state_cd = '27'"
CLAIMS_SQL = """
SELECT c.msis_ident_num,
       c.clm_id,
       c.dgns_1_cd,
       c.prcdr_1_cd,
       c.mdcd_pd_amt,
       p.ssn_num,
       p.elgbl_last_name
FROM tmsis_clm_hdr c
JOIN tmsis_elgbl p ON p.msis_ident_num = c.msis_ident_num
"""


def _psv_bytes(cur, sql):
    cur.execute(sql)
    buf = io.StringIO()
    csv.writer(buf, delimiter="|").writerows(cur.fetchall())
    return buf.getvalue().encode("utf-8")


def build_and_push():
    bundle = f"/data/tmsis/bundle_{date.today():%Y%m}.zip"
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("eligibility.psv", _psv_bytes(cur, ELIGIBILITY_SQL))
            zf.writestr("claims.psv", _psv_bytes(cur, CLAIMS_SQL))
    transport = paramiko.Transport((MFT_HOST, 22))
    try:
        transport.connect(username=MFT_USER, pkey=paramiko.RSAKey.from_private_key_file(MFT_KEY))
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(bundle, "/tmsis/outbound/bundle.zip")
    finally:
        transport.close()
    return bundle


if __name__ == "__main__":
    print(build_and_push())
