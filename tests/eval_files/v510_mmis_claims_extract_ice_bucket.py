"""MMIS claims extract written to CSV and uploaded to an ICE S3 bucket (violating).

Scenario: an MMIS fiscal-agent contractor is asked to "support ICE location
efforts" and repurposes a claims extract: it queries the last 90 days of
paid claims joined to the recipient table, writes them to a gzipped CSV
(header row of literals) and uploads the file to ``ice-eid-claims-handoff``.
The query selects claim, diagnosis, procedure, drug, payment and billing
provider columns, and the recipient's last name, besides the MSIS id, the
date of birth and the ZIP code.  Nothing restricts rows by immigration
status: the WHERE clause filters on service dates and claim status, and the
status column is only selected and sorted on.

Destination: the bucket ``ice-eid-claims-handoff`` holds the ``ice`` token
after splitting on ``-`` (SPEC section 4); the file written from the rows
is uploaded later (SPEC section 4, "files written for later upload").

Expected findings (each select-list column at its own line, SPEC section 3):
- ``c.icn``: claim internal control number, claim data, MCD102.
- ``c.dgns_1_cd``: diagnosis, MCD102.
- ``c.prcdr_1_cd``: procedure, MCD102.
- ``c.ndc_cd``: medication, MCD102.
- ``c.mdcd_pd_amt``: payment, MCD102.
- ``c.blg_prvdr_npi_num``: billing provider, MCD102.
- ``r.elgbl_last_name``: name, MCD101.
- ``s3.upload_file(...)``: the file holds SQL rows (bulk source) with no
  condition on immigration status or citizenship (WHERE only on dates and
  claim status; selecting or sorting on ``imgrtn_stus_cd`` is not a
  condition), MCD201 at the upload (SPEC section 10).
Not findings: ``msis_ident_num``, ``birth_dt``, ``elgbl_zip_cd`` and
``imgrtn_stus_cd`` are permitted; ``WHERE``/``JOIN ... ON``/``ORDER BY``
columns send nothing; the csv header row is literals (SPEC section 3).
"""
import csv
import gzip
import hashlib
import logging
import os
from datetime import date, timedelta

import boto3
import psycopg2
from botocore.exceptions import ClientError

HANDOFF_BUCKET = "ice-eid-claims-handoff"
MMIS_DSN = os.environ.get("MMIS_DSN", "dbname=mmis host=mmis-ro.internal user=extract")
SPOOL = "/var/spool/mmis/extracts"
FETCH_SIZE = 10_000

log = logging.getLogger("mmis.claims_extract")

CLAIMS_SQL = (
    "SELECT r.msis_ident_num, "
    "r.birth_dt, "
    "r.elgbl_zip_cd, "
    "r.imgrtn_stus_cd, "
    "c.icn, "  # MCD102
    "c.dgns_1_cd, "  # MCD102
    "c.prcdr_1_cd, "  # MCD102
    "c.ndc_cd, "  # MCD102
    "c.mdcd_pd_amt, "  # MCD102
    "c.blg_prvdr_npi_num, "  # MCD102
    "r.elgbl_last_name "  # MCD101
    "FROM mmis.claim_header c "
    "JOIN mmis.recipient r ON r.recip_sk = c.recip_sk "
    "WHERE c.srvc_bgnng_dt BETWEEN %s AND %s "
    "AND c.clm_stus_cd = 'PAID' "
    "ORDER BY r.imgrtn_stus_cd, c.srvc_bgnng_dt"
)
HEADER = ["MSIS_ID", "DOB", "ZIP", "IMMIGRATION_STATUS", "ICN", "DX1", "PX1", "NDC",
          "PAID_AMT", "BILLING_NPI", "LAST_NAME"]


def _window(days: int) -> tuple:
    end = date.today() - timedelta(days=1)
    return end - timedelta(days=days), end


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export(days: int = 90) -> int:
    start, end = _window(days)
    os.makedirs(SPOOL, exist_ok=True)
    path = os.path.join(SPOOL, f"claims_{start:%Y%m%d}_{end:%Y%m%d}.csv.gz")
    written = 0
    conn = psycopg2.connect(MMIS_DSN)
    try:
        with conn.cursor(name="claims_extract") as cur:
            cur.itersize = FETCH_SIZE
            cur.execute(CLAIMS_SQL, (start, end))
            with gzip.open(path, "wt", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                for row in cur:
                    writer.writerow(row)
                    written += 1
                    if written % FETCH_SIZE == 0:
                        log.debug("wrote %d rows so far", written)
    finally:
        conn.close()
    if written == 0:
        log.info("no claims in window %s..%s", start, end)
        return 0
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3_key = f"claims/{end:%Y/%m/%d}/{os.path.basename(path)}"
    try:
        s3.upload_file(path, HANDOFF_BUCKET, s3_key, ExtraArgs={"ServerSideEncryption": "aws:kms"})  # MCD201
    except ClientError as exc:
        log.error("upload of %s failed: %s", s3_key, exc.response.get("Error", {}).get("Code"))
        raise
    log.info("uploaded %d claim rows (sha256 %s)", written, _sha256(path))
    return written


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    export()
