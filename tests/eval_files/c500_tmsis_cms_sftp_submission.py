"""Monthly T-MSIS eligibility file submission to CMS, with a PA DHS backup (expected clean).

Scenario: Pennsylvania's MMIS vendor builds the monthly T-MSIS ELG file from
the staging warehouse with ``SELECT *`` into a DataFrame, writes it as a
pipe-delimited file, uploads it to the CMS T-MSIS SFTP host with paramiko,
and keeps a copy in the agency's own bucket ``pa-dhs-tmsis-backups``.  The
file carries everything (SSN, names, race, diagnoses via chronic-condition
flags, ICE - in case of emergency - contact columns) and the code uses
``dhs``, ``ice_contact``, ``device`` and ``slice`` names.

Why no finding is expected:
- The SFTP host ``TMSIS_SFTP_HOST`` folds to ``sftp.tmsis.cms.gov``, a
  federal health host on the non-enforcement list (``*.cms.gov``, SPEC
  section 4; hosts given to ``SSHClient.connect(hostname=...)`` are folded).
- The bucket ``pa-dhs-tmsis-backups``: ``dhs`` next to the postal code
  ``pa`` names a state agency (SPEC section 4), and no other token is an
  enforcement token.
- ``ice_contact_phone`` is a field name where ``ice``
  next to ``contact`` means "in case of emergency" (SPEC section 4);
  ``device_count`` and ``slice_rows`` do not contain the ``ice`` token.
- Whole records (``SELECT *``, MCD103) and unscoped bulk data (MCD201)
  are findings only when they reach an enforcement endpoint; none does.
"""
import gzip
import hashlib
import logging
import os
import shutil
from datetime import date

import boto3
import pandas as pd
import paramiko
import sqlalchemy

TMSIS_SFTP_HOST = os.environ.get("TMSIS_SFTP_HOST", "sftp.tmsis.cms.gov")
TMSIS_SFTP_USER = os.environ.get("TMSIS_SFTP_USER", "pa_mmis_submitter")
TMSIS_KEY_PATH = "/etc/mmis/keys/tmsis_ed25519"
BACKUP_BUCKET = "pa-dhs-tmsis-backups"
STAGING_DSN = "postgresql://tmsis_ro@dw-staging.internal/tmsis"
STATE_CODE = "42"
SLICE_ROWS = 250_000

log = logging.getLogger("tmsis.submit")

ELG_SQL = (
    "SELECT * "
    "FROM tmsis_stage.elg_monthly "
    "WHERE rptg_prd = %(period)s"
)


def _period(today: date) -> str:
    first = today.replace(day=1)
    prev = first.replace(month=first.month - 1) if first.month > 1 else first.replace(
        year=first.year - 1, month=12)
    return prev.strftime("%Y%m")


def _validate(df: pd.DataFrame) -> list:
    problems = []
    if df.empty:
        problems.append("no rows")
    if df["MSIS_IDENT_NUM"].isna().any():
        problems.append("blank MSIS_IDENT_NUM")
    if not df["SUBMTG_STATE_CD"].eq(STATE_CODE).all():
        problems.append("foreign SUBMTG_STATE_CD")
    device_count = int(df.get("ASSTV_DVC_IND", pd.Series(dtype=str)).eq("1").sum())
    log.info("assistive device indicators: %d", device_count)
    missing_emergency = int(df["ice_contact_phone"].isna().sum()) if "ice_contact_phone" in df else 0
    log.info("rows without an ICE (emergency) contact phone: %d", missing_emergency)
    return problems


def build_file(period: str, out_dir: str) -> str:
    engine = sqlalchemy.create_engine(STAGING_DSN)
    df = pd.read_sql(ELG_SQL, engine, params={"period": period})
    problems = _validate(df)
    if problems:
        raise ValueError(f"ELG {period} failed validation: {problems}")
    path = os.path.join(out_dir, f"ELG_{STATE_CODE}_{period}.txt")
    for i, start in enumerate(range(0, len(df), SLICE_ROWS)):
        chunk = df.iloc[start:start + SLICE_ROWS]
        chunk.to_csv(path, sep="|", index=False, header=(i == 0), mode="w" if i == 0 else "a")
    gz_path = path + ".gz"
    with open(path, "rb") as src, gzip.open(gz_path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)
    return gz_path


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def upload_to_cms(gz_path: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(hostname=TMSIS_SFTP_HOST, username=TMSIS_SFTP_USER,
                   key_filename=TMSIS_KEY_PATH, timeout=60)
    try:
        sftp = client.open_sftp()
        remote = f"/inbound/elg/{os.path.basename(gz_path)}"
        sftp.put(gz_path, remote, confirm=True)
        log.info("uploaded %s (%s)", remote, _sha256(gz_path))
    finally:
        client.close()


def backup(gz_path: str, period: str) -> None:
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.upload_file(gz_path, BACKUP_BUCKET, f"elg/{period}/{os.path.basename(gz_path)}",
                   ExtraArgs={"ServerSideEncryption": "aws:kms"})


def main() -> None:
    period = _period(date.today())
    gz_path = build_file(period, "/var/spool/tmsis")
    upload_to_cms(gz_path)
    backup(gz_path, period)
    log.info("T-MSIS ELG %s submitted", period)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
