"""T-MSIS extracts to the ICE hand-off bucket and the agency's analytics bucket (expected clean).

Scenario: a state data-warehouse job produces two monthly extracts with
pandas.  The first goes to the S3 bucket that ICE pulls from and holds
the basic categories only, for enrollees whose T-MSIS immigration status
code marks them as non-qualified; the second (SSN, diagnosis, payments)
goes to the agency's own analytics bucket.  Both uploads share one
helper whose ``bucket`` parameter decides the destination.

Why no finding is expected:
- Destination: ``ice-eid-handoff-prod`` holds the ``ice`` token after
  splitting on ``-`` (enforcement, SPEC §4); ``dhcs-analytics-prod`` has
  no token and no host, so it is not enforcement.  The helper
  ``_upload`` is called with each bucket; a field is judged against the
  destination of the call that hands it on (SPEC §6 "naming that call's
  destination"), so the SSN and diagnosis columns of the analytics
  extract are not findings.
- Columns reaching the ICE bucket: the SQL select list of
  ``HANDOFF_SQL`` and the ``usecols`` list and column selection of the
  address-change file name only permitted T-MSIS columns (Medicaid ID,
  date of birth, home address lines, city, ZIP, phone, citizenship,
  immigration status; SPEC §3 column lists, reference vocabulary).  The
  manifest carries ``batch_id``, ``record_count`` and ``schema_version``,
  all harmless (SPEC §5).  ``WHERE`` columns send nothing.
- Population (SPEC §10): the ``read_sql`` frame is selected with a SQL
  ``WHERE`` on ``imgrtn_stus_cd``; the CSV frame is narrowed by
  ``df.query(...)`` naming ``IMGRTN_STUS_CD``.  Both clear MCD201.
"""
import datetime as dt
import io
import json
import os
import tempfile
import uuid

import boto3
import pandas as pd

HANDOFF_BUCKET = "ice-eid-handoff-prod"
ANALYTICS_BUCKET = "dhcs-analytics-prod"
NON_QUALIFIED = ["3"]
SCHEMA_VERSION = "tmsis-basic-1.2"

HANDOFF_SQL = """
SELECT e.msis_ident_num,
       e.birth_dt,
       e.elgbl_line_1_adr_home,
       e.elgbl_city_name_home,
       e.elgbl_zip_cd_home,
       e.elgbl_phne_num_home,
       e.ctznshp_ind,
       e.imgrtn_stus_cd
  FROM taf.de_base e
 WHERE e.imgrtn_stus_cd = '3'
   AND e.rfrnc_yr = %(year)s
"""

ANALYTICS_SQL = """
SELECT e.msis_ident_num,
       e.ssn_num,
       e.dgns_1_cd,
       e.tot_mdcd_pd_amt
  FROM taf.de_base e
 WHERE e.rfrnc_yr = %(year)s
"""

ADDRESS_COLUMNS = ["MSIS_IDENT_NUM", "ELGBL_LINE_1_ADR", "ELGBL_ZIP_CD", "IMGRTN_STUS_CD"]


def _upload(s3, local_path: str, bucket: str, key: str) -> str:
    s3.upload_file(local_path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    return f"s3://{bucket}/{key}"


def _write_csv(df: pd.DataFrame, name: str) -> str:
    path = os.path.join(tempfile.mkdtemp(prefix="tmsis_"), name)
    df.to_csv(path, index=False)
    return path


def monthly_handoff(conn, year: int) -> list:
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    stamp = dt.date.today().strftime("%Y%m")
    batch_id = uuid.uuid4().hex
    basics = pd.read_sql(HANDOFF_SQL, conn, params={"year": year})
    uris = [_upload(s3, _write_csv(basics, "basics.csv"), HANDOFF_BUCKET, f"{stamp}/basics.csv")]

    clinical = pd.read_sql(ANALYTICS_SQL, conn, params={"year": year})
    uris.append(_upload(s3, _write_csv(clinical, "clinical.csv"), ANALYTICS_BUCKET, f"{stamp}/clinical.csv"))

    manifest = {"batch_id": batch_id, "record_count": len(basics), "schema_version": SCHEMA_VERSION}
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"{stamp}/manifest.json", Body=json.dumps(manifest).encode())
    return uris


def address_changes(path: str) -> int:
    changes = pd.read_csv(path, usecols=ADDRESS_COLUMNS, dtype=str)
    scoped = changes.query("IMGRTN_STUS_CD in @NON_QUALIFIED")
    outgoing = scoped[["MSIS_IDENT_NUM", "ELGBL_LINE_1_ADR", "ELGBL_ZIP_CD"]]
    if outgoing.empty:
        return 0
    buf = io.StringIO()
    outgoing.to_csv(buf, index=False)
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=f"address-changes/{dt.date.today():%Y%m%d}.csv",
        Body=buf.getvalue().encode("utf-8"),
        ContentType="text/csv",
    )
    return len(outgoing)
