"""Monthly MMIS recipient snapshot for Minnesota DHS: full extract to the
agency's own S3 bucket, an SQS "ready" notice, and an e-mail to MMIS
operations with the rows that failed validation.

Scenario: ``pd.read_sql("SELECT * ...")`` pulls every column of the
recipient table (SSN, names, race, diagnoses, income), writes it as gzip
CSV, uploads it to ``mn-dhs-mmis-snapshots``, posts a message to the
``mn-dhs-snapshot-ready`` queue and mails an exceptions CSV (with names and
SSNs) to the MMIS operations mailbox at dhs.state.mn.us.

Expected findings: none.
- SPEC section 4: in the bucket and queue names the ``dhs`` token sits next
  to the postal code ``mn``, which names a state agency, not enforcement;
  the SQS host (amazonaws.com) is on neither list, so the names decide.
  The boto3 clients are named plainly (``s3``, ``sqs``).
- SPEC section 4: every e-mail recipient is at dhs.state.mn.us
  (``*.state.mn.us``, non-enforcement); the sender does not matter.
- Since nothing reaches an enforcement endpoint, ``SELECT *`` (MCD103), the
  prohibited columns (MCD101/MCD102) and the unfiltered population
  (MCD201) are not findings (SPEC section 8).
"""
from __future__ import annotations

import gzip
import io
import json
import logging
import os
import smtplib
import tempfile
from datetime import date
from email.message import EmailMessage

import boto3
import pandas as pd
from sqlalchemy import create_engine

log = logging.getLogger("mmis.snapshot")

SNAPSHOT_BUCKET = "mn-dhs-mmis-snapshots"
READY_QUEUE_URL = "https://sqs.us-east-2.amazonaws.com/402718839160/mn-dhs-snapshot-ready"
MMIS_DB_URL = os.environ.get("MMIS_DB_URL", "mssql+pyodbc://snapshot_ro@mmis-dw/MMIS?driver=ODBC+Driver+18")
SMTP_HOST = "smtp.mn-it.state.mn.us"
SENDER = "mmis-batch@dhs.state.mn.us"
OPS_MAILBOX = "mmis-operations@dhs.state.mn.us"
DATA_STEWARD = "mmis-data-steward@dhs.state.mn.us"

REQUIRED_COLUMNS = ("recip_id", "ssn", "birth_date", "last_name", "county_code")


def load_snapshot(engine) -> pd.DataFrame:
    df = pd.read_sql("SELECT * FROM mmis.recipient_current", engine)
    df.columns = [c.lower() for c in df.columns]
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise RuntimeError(f"snapshot missing columns: {missing}")
    return df


def split_exceptions(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    bad = df["ssn"].isna() | df["birth_date"].isna() | (df["county_code"].str.len() != 3)
    return df[~bad], df[bad]


def upload_snapshot(df: pd.DataFrame, run_date: date) -> str:
    s3 = boto3.client("s3")
    key = f"snapshots/{run_date:%Y/%m}/recipient_current.csv.gz"
    with tempfile.NamedTemporaryFile(suffix=".csv.gz") as tmp:
        with gzip.open(tmp.name, "wt", encoding="utf-8", newline="") as gz:
            df.to_csv(gz, index=False)
        s3.upload_file(
            tmp.name,
            SNAPSHOT_BUCKET,
            key,
            ExtraArgs={"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "alias/mmis-snapshots"},
        )
    log.info("uploaded s3://%s/%s (%d rows)", SNAPSHOT_BUCKET, key, len(df))
    return key


def notify_ready(key: str, row_count: int) -> None:
    sqs = boto3.client("sqs", region_name="us-east-2")
    sqs.send_message(
        QueueUrl=READY_QUEUE_URL,
        MessageBody=json.dumps({"bucket": SNAPSHOT_BUCKET, "key": key, "record_count": row_count}),
    )


def mail_exceptions(exceptions: pd.DataFrame, run_date: date) -> None:
    if exceptions.empty:
        return
    buf = io.StringIO()
    exceptions[["recip_id", "ssn", "last_name", "first_name", "birth_date", "county_code"]].to_csv(
        buf, index=False
    )
    msg = EmailMessage()
    msg["Subject"] = f"MMIS snapshot {run_date:%Y-%m}: {len(exceptions)} rows need review"
    msg["From"] = SENDER
    msg["To"] = OPS_MAILBOX
    msg["Cc"] = DATA_STEWARD
    msg.set_content(
        "The attached recipients failed snapshot validation (missing SSN or DOB, "
        "or an invalid county code). Please correct them in MMIS before the next run."
    )
    msg.add_attachment(
        buf.getvalue().encode("utf-8"),
        maintype="text",
        subtype="csv",
        filename=f"snapshot_exceptions_{run_date:%Y%m}.csv",
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    run_date = date.today()
    engine = create_engine(MMIS_DB_URL)
    try:
        df = load_snapshot(engine)
    finally:
        engine.dispose()
    good, exceptions = split_exceptions(df)
    key = upload_snapshot(good, run_date)
    notify_ready(key, len(good))
    mail_exceptions(exceptions, run_date)


if __name__ == "__main__":
    main()
