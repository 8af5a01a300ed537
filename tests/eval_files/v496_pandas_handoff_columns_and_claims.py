"""Monthly pandas hand-offs to the ICE bucket: basics, contacts and claims (violating).

Scenario: a data-warehouse job prepares three monthly files for the S3
bucket that ICE pulls from.  The basics and contact files read explicit
column lists and keep only enrollees with a removable immigration status,
but each column list carries one extra column somebody asked for.  The
claims file, added later "for context", reads the whole claims extract
and uploads it for everyone.

Destination: ``ice-eid-handoff-prod`` holds the ``ice`` token after
splitting on ``-`` (SPEC §4); ``upload_file`` uploads the file written by
``to_csv`` and ``put_object``'s ``Body`` is data (SPEC §4).

Expected findings:
- ``load_basics``: the ``columns=`` list of ``read_parquet`` is a column
  list, each name a placement at its own line (SPEC §3):
  ``"ENRLMT_EFCTV_DT"`` (enrollment effective date) -> MCD101.
- ``export_contacts``: the ``usecols`` list names ``"EMAIL_ADR"`` (e-mail,
  not a phone) -> MCD101 at its line.
- ``export_claims``: ``pd.read_csv(path, dtype=str)`` is a DataFrame read
  with no column list, a whole unbounded record -> MCD103 at that
  expression (SPEC §3).
- ``export_claims``: the DataFrame is a bulk source (SPEC §10) and reaches
  ``put_object`` with no condition on immigration status or citizenship
  (``drop_duplicates`` selects nothing by status) -> MCD201 at the sink
  call.
Not findings: the other columns are permitted T-MSIS names; the basics
frame is narrowed with ``df.query`` naming ``IMGRTN_STUS_CD`` and the
contacts frame with ``df[df["IMGRTN_STUS_CD"] == ...]`` (SPEC §10), so
those uploads carry no MCD201; object keys are constants.
"""
import datetime as dt
import io
import os
import tempfile

import boto3
import pandas as pd

HANDOFF_BUCKET = "ice-eid-handoff-prod"
REMOVABLE = ["EWI", "OVS"]


def _month() -> str:
    return dt.date.today().strftime("%Y-%m")


def load_basics(path: str) -> pd.DataFrame:
    return pd.read_parquet(
        path,
        columns=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR",
            "ELGBL_ZIP_CD",
            "IMGRTN_STUS_CD",
            "ENRLMT_EFCTV_DT",  # MCD101
        ],
    )


def export_basics(path: str) -> int:
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    df = load_basics(path)
    scoped = df.query("IMGRTN_STUS_CD in @REMOVABLE")
    local = os.path.join(tempfile.mkdtemp(prefix="handoff_"), "basics.csv")
    scoped.to_csv(local, index=False)
    s3.upload_file(local, HANDOFF_BUCKET, f"{_month()}/basics.csv")
    return len(scoped)


def export_contacts(path: str) -> int:
    df = pd.read_csv(
        path,
        usecols=[
            "MSIS_IDENT_NUM",
            "ELGBL_PHNE_NUM",
            "IMGRTN_STUS_CD",
            "EMAIL_ADR",  # MCD101
        ],
        dtype=str,
    )
    df = df[df["IMGRTN_STUS_CD"] == "EWI"]
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"{_month()}/contacts.csv", Body=buf.getvalue().encode("utf-8"))
    return len(df)


def export_claims(path: str) -> int:
    claims = pd.read_csv(path, dtype=str)  # MCD103
    claims = claims.drop_duplicates()
    body = claims.to_csv(index=False).encode("utf-8")
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"{_month()}/claims.csv", Body=body)  # MCD201
    return len(claims)
