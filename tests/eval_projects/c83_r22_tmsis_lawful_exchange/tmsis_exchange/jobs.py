"""Composition root: wires the warehouse, AWS clients and transports into jobs."""
import logging

from . import clients, queries, scrubbing, settings
from .transport import BucketWriter, QueueSender

log = logging.getLogger(__name__)


def run_referral_queue(run_date):
    conn = clients.make_warehouse()
    sender = QueueSender(clients.make_sqs(), settings.REFERRAL_QUEUE_URL)
    with conn.cursor() as cur:
        cur.execute(queries.REFERRAL_SQL, {"run_date": run_date})
        rows = cur.fetchall()
    for row in rows:
        sender.send(row)
    log.info("queued %d referrals", len(rows))


def run_case_followups(msis_ids):
    conn = clients.make_warehouse()
    sender = QueueSender(clients.make_sqs(), settings.REFERRAL_QUEUE_URL)
    with conn.cursor() as cur:
        cur.execute(queries.CASE_FOLLOWUP_SQL, {"ids": list(msis_ids)})
        for row in cur.fetchall():
            scrubbing.drop_non_referral_columns(row)
            sender.send(row)


def run_tmsis_claims(since):
    conn = clients.make_warehouse()
    dropbox = BucketWriter(clients.make_s3(), settings.CMS_DROPBOX_BUCKET, prefix="ot/")
    with conn.cursor() as cur:
        cur.execute(queries.CLAIMS_SQL, {"since": since})
        claims = cur.fetchall()
    dropbox.write_json(f"{since}.json", claims)


def run_state_archive(run_date):
    conn = clients.make_warehouse()
    archive = BucketWriter(clients.make_s3(), settings.ARCHIVE_BUCKET, prefix="de/")
    with conn.cursor() as cur:
        cur.execute(queries.FULL_EXTRACT_SQL, {"run_date": run_date})
        rows = cur.fetchall()
    archive.write_json(f"{run_date}.json", rows)
