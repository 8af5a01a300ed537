"""Cron job: extracts removable-status enrollees with pandas and drops the CSV on the ERO SFTP server."""
import os
from datetime import date

import pandas as pd
import pysftp
from sqlalchemy import create_engine

ERO_SFTP_HOST = os.getenv("ERO_SFTP_HOST", "mft.ero.dhs.gov")
WAREHOUSE_DSN = os.getenv("MMIS_WAREHOUSE_DSN", "postgresql://etl@mmis-dw.internal:5432/tmsis")

EXTRACT_SQL = """
SELECT e.msis_ident_num,
       e.birth_dt,
       e.elgbl_1st_name,  -- # MCD101
       e.elgbl_last_name,  -- # MCD101
       e.ssn_num,  -- # MCD101
       e.imgrtn_stus_cd
FROM tmsis_elgbl e
WHERE e.imgrtn_stus_cd IN ('3', '5')
  AND e.ctznshp_ind = '0'
ORDER BY e.msis_ident_num
"""


def run():
    engine = create_engine(WAREHOUSE_DSN)
    df = pd.read_sql(EXTRACT_SQL, engine)
    out_path = f"/data/outbound/eid_subjects_{date.today():%Y%m%d}.csv"
    df.to_csv(out_path, index=False)
    cnopts = pysftp.CnOpts(knownhosts="/etc/mmis/known_hosts")
    with pysftp.Connection(
        host=ERO_SFTP_HOST,
        username="mmis_xfer",
        private_key="/etc/mmis/keys/xfer_rsa",
        cnopts=cnopts,
    ) as sftp:
        with sftp.cd("/inbound"):
            sftp.put(out_path)
    return len(df)


if __name__ == "__main__":
    run()
