"""Monthly T-MSIS eligibility file build and submission to CMS (clean).

Scenario: the state's T-MSIS team builds the monthly ELG file from the
staging warehouse with ``SELECT *`` and a whole-table ``read_sql``, writes a
pipe-delimited file, uploads it over SFTP to the CMS T-MSIS intake host and
archives a copy in the agency's own S3 bucket; a status call goes to the
CMS API with ``http.client``.  Clients (SSH, S3) are passed in.

Why no finding is expected:
- Every destination is non-enforcement (SPEC 4): ``sftp.tmsis.cms.gov`` and
  ``api.macbis.cms.gov`` are ``*.cms.gov`` federal health hosts; the bucket
  ``ca-dhcs-tmsis-archive`` carries no enforcement token; the local file
  name carries none either.
- ``SELECT *``, a DataFrame read with no column list, SSNs, diagnoses and
  race are only a problem when they reach an enforcement endpoint (SPEC 3,
  SPEC 8 "No false alarms on ordinary code").  T-MSIS submissions to CMS
  are the ordinary business of a Medicaid agency.
"""
from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
from datetime import date

import pandas as pd

log = logging.getLogger("tmsis.submit")

CMS_SFTP_HOST = os.environ.get("TMSIS_SFTP_HOST", "sftp.tmsis.cms.gov")
CMS_API_HOST = "api.macbis.cms.gov"
ARCHIVE_BUCKET = "ca-dhcs-tmsis-archive"
SUBMITTER_ID = "CA-06"
OUT_DIR = os.environ.get("TMSIS_OUT_DIR", "/data/tmsis/outbound")

ELG_SQL = "SELECT * FROM tmsis_stage.elg_segment_all WHERE RPTG_PRD = %(period)s"
CLAIMS_DX_SQL = (
    "SELECT c.*, d.DGNS_1_CD, d.DGNS_2_CD "
    "FROM tmsis_stage.cip_header c JOIN tmsis_stage.cip_dx d USING (ICN_ORIG) "
    "WHERE c.RPTG_PRD = %(period)s"
)


def reporting_period(today=None):
    today = today or date.today()
    month = today.month - 1 or 12
    year = today.year if today.month > 1 else today.year - 1
    return f"{year}{month:02d}"


def build_elg_file(engine, period):
    frame = pd.read_sql(ELG_SQL, engine, params={"period": period})
    path = os.path.join(OUT_DIR, f"ELG_{SUBMITTER_ID}_{period}.txt")
    frame.to_csv(path, sep="|", index=False, header=False)
    log.info("ELG %s: %d rows -> %s", period, len(frame), path)
    return path, len(frame)


def build_claims_file(engine, period):
    frame = pd.read_sql_table("cip_header", engine, schema="tmsis_stage")
    dx = pd.read_sql(CLAIMS_DX_SQL, engine, params={"period": period})
    merged = frame.merge(dx, on="ICN_ORIG", how="left")
    path = os.path.join(OUT_DIR, f"CIP_{SUBMITTER_ID}_{period}.txt")
    merged.to_csv(path, sep="|", index=False, header=False)
    return path, len(merged)


def upload_to_cms(ssh, paths):
    ssh.connect(hostname=CMS_SFTP_HOST, username=os.environ.get("TMSIS_SFTP_USER", "ca06_submit"), key_filename=os.environ.get("TMSIS_KEY", "/etc/tmsis/id_rsa"))
    sftp = ssh.open_sftp()
    try:
        for path in paths:
            sftp.put(path, f"/inbound/{SUBMITTER_ID}/{os.path.basename(path)}")
    finally:
        sftp.close()
        ssh.close()


def archive(s3, paths, period):
    for path in paths:
        with open(path, "rb") as fh:
            s3.upload_fileobj(fh, ARCHIVE_BUCKET, f"{period}/{os.path.basename(path)}")


def notify_cms(period, counts):
    conn = http.client.HTTPSConnection(CMS_API_HOST, timeout=30)
    try:
        body = json.dumps({"submitter": SUBMITTER_ID, "period": period, "record_counts": counts})
        conn.request("POST", "/tmsis/v2/submissions", body=body, headers={"Content-Type": "application/json"})
        return conn.getresponse().status
    finally:
        conn.close()


def main(argv=None):
    import boto3
    import paramiko
    from sqlalchemy import create_engine

    parser = argparse.ArgumentParser(prog="tmsis-submit")
    parser.add_argument("--period", default=reporting_period())
    parser.add_argument("--skip-archive", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(os.environ["TMSIS_STAGE_URL"])
    elg_path, elg_n = build_elg_file(engine, args.period)
    cip_path, cip_n = build_claims_file(engine, args.period)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    upload_to_cms(ssh, [elg_path, cip_path])
    if not args.skip_archive:
        archive(boto3.client("s3"), [elg_path, cip_path], args.period)
    status = notify_cms(args.period, {"ELG": elg_n, "CIP": cip_n})
    log.info("CMS acknowledged submission with HTTP %s", status)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
