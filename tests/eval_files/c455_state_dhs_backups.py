"""Nightly MMIS snapshot to state-owned backup storage (expected clean).

Scenario: Pennsylvania's MMIS operations team dumps whole eligibility and
claims tables to the department's own S3 backup bucket, and ships a copy
to Minnesota DHS's managed file transfer server for a multistate
duals-coordination project.  Entire records are exported (``SELECT *``).

Why no finding is expected:
- ``pa-dhs-medicaid-backups``: the ``dhs`` token sits next to the state
  postal code ``pa`` in the same name, which names a state agency, not
  enforcement (SPEC §4).  The constant holding it, ``PA_DHS_BACKUP_BUCKET``,
  has the same ``pa``/``dhs`` pairing.
- The SFTP host folds to ``mft.dhs.state.mn.us`` (constant given to
  ``SSHClient.connect(hostname=...)``, SPEC §4 folding); ``*.state.<xx>.us``
  is on the default non-enforcement list and overrides the ``dhs`` token
  in the constant ``MN_DHS_MFT_HOST`` (which also pairs ``mn`` with
  ``dhs``).
- ``SELECT *`` is only MCD103 when the rows reach an enforcement endpoint
  (SPEC §3); MCD201 likewise needs an enforcement sink (SPEC §10).
"""
import io
import os
from datetime import date

import boto3
import pandas as pd
import paramiko
import sqlalchemy as sa

PA_DHS_BACKUP_BUCKET = "pa-dhs-medicaid-backups"
MN_DHS_MFT_HOST = "mft.dhs.state.mn.us"
MN_REMOTE_DIR = "/inbound/pa_duals"
TABLES = ("recipient_eligibility", "claim_header", "claim_line")


def _engine():
    return sa.create_engine(os.environ["MMIS_DSN"], pool_pre_ping=True)


def snapshot_table(conn, table: str) -> bytes:
    df = pd.read_sql(f"SELECT * FROM mmis.{table}", conn)
    buf = io.BytesIO()
    df.to_parquet(buf, index=False, compression="zstd")
    return buf.getvalue()


def backup_to_s3(run_date: date) -> list[str]:
    s3 = boto3.client("s3")
    keys = []
    with _engine().connect() as conn:
        for table in TABLES:
            key = f"mmis/{run_date:%Y/%m/%d}/{table}.parquet"
            s3.put_object(
                Bucket=PA_DHS_BACKUP_BUCKET,
                Key=key,
                Body=snapshot_table(conn, table),
                ServerSideEncryption="aws:kms",
            )
            keys.append(key)
    return keys


def ship_duals_to_minnesota(run_date: date) -> None:
    with _engine().connect() as conn:
        duals = pd.read_sql(
            "SELECT * FROM mmis.recipient_eligibility WHERE dual_elgbl_cd <> '00'", conn
        )
    local_path = f"/var/tmp/pa_duals_{run_date:%Y%m%d}.csv"
    duals.to_csv(local_path, index=False)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=MN_DHS_MFT_HOST, username="pa_mmis", key_filename="/etc/mmis/mft_ed25519")
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, f"{MN_REMOTE_DIR}/{os.path.basename(local_path)}")
    finally:
        ssh.close()
        os.remove(local_path)
