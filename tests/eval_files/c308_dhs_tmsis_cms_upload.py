"""T-MSIS eligibility file submission to CMS.

Our state's Medicaid agency is a Department of Human Services, hence the
DHS_* settings.  Each month the full ELG00005 segment is extracted, written
as a pipe-delimited file and put on the CMS T-MSIS managed file transfer
server.  CMS receives every column; that is what T-MSIS is for.
"""
from __future__ import annotations

import logging
import os
from datetime import date

import pandas as pd
import paramiko
import sqlalchemy as sa

log = logging.getLogger("tmsis.submit")

DHS_TMSIS_SFTP_HOST = os.getenv("DHS_TMSIS_SFTP_HOST", "tmsis-mft.cms.gov")
DHS_TMSIS_SFTP_USER = os.getenv("DHS_TMSIS_SFTP_USER", "st17_submitter")
DHS_TMSIS_KEY = os.getenv("DHS_TMSIS_KEY", "/etc/keys/tmsis_rsa")
DHS_WAREHOUSE_DSN = os.getenv("DHS_WAREHOUSE_DSN", "postgresql+psycopg2://etl@dw/medicaid")
OUTBOX = "/data/tmsis/outbox"


class DhsTmsisUploader:
    def __init__(self):
        self.host = DHS_TMSIS_SFTP_HOST
        self.engine = sa.create_engine(DHS_WAREHOUSE_DSN)

    def extract(self, reporting_month: date) -> str:
        df = pd.read_sql(
            sa.text("SELECT * FROM tmsis_out.elg00005 WHERE rptg_prd = :month"),
            self.engine,
            params={"month": reporting_month.strftime("%Y%m")},
        )
        path = os.path.join(OUTBOX, f"ELG00005_{reporting_month:%Y%m}.txt")
        df.to_csv(path, sep="|", index=False)
        log.info("extracted %d ELG00005 rows to %s", len(df), path)
        return path

    def upload(self, path: str) -> None:
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(hostname=self.host, username=DHS_TMSIS_SFTP_USER, key_filename=DHS_TMSIS_KEY)
        try:
            with ssh.open_sftp() as sftp:
                sftp.put(path, f"/inbound/{os.path.basename(path)}")
        finally:
            ssh.close()

    def run(self, reporting_month: date) -> None:
        self.upload(self.extract(reporting_month))


if __name__ == "__main__":
    import sys

    DhsTmsisUploader().run(date.fromisoformat(sys.argv[1]))
