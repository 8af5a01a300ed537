"""Composition root: wires the warehouse, AWS clients and transports into jobs."""
import logging

from . import clients, queries, settings
from .transport import BucketWriter, QueueSender

log = logging.getLogger(__name__)


def run_referral_handoff(run_date):
    conn = clients.make_warehouse()
    sender = QueueSender(clients.make_sqs(), settings.REFERRAL_QUEUE_URL)
    with conn.cursor() as cur:
        cur.execute(queries.REFERRAL_EXTRACT_SQL, {"run_date": run_date})
        rows = cur.fetchall()
    for row in rows:
        sender.send(row)  # MCD101 MCD101 MCD101
    log.info("queued %d referrals", len(rows))


def run_claims_context(since):
    conn = clients.make_warehouse()
    handoff = BucketWriter(clients.make_s3(), settings.HANDOFF_BUCKET, prefix="claims/")
    with conn.cursor() as cur:
        cur.execute(queries.CLAIMS_CONTEXT_SQL, {"since": since})
        claims = cur.fetchall()
    handoff.write_json(f"{since}.json", claims)  # MCD102 MCD102 MCD102 MCD201


def run_claims_archive(since):
    conn = clients.make_warehouse()
    archive = BucketWriter(clients.make_s3(), settings.ARCHIVE_BUCKET, prefix="ot/")
    with conn.cursor() as cur:
        cur.execute(queries.CLAIMS_CONTEXT_SQL, {"since": since})
        claims = cur.fetchall()
    archive.write_json(f"{since}.json", claims)


def send_member_snapshot(msis_id):
    conn = clients.make_warehouse()
    handoff = BucketWriter(clients.make_s3(), settings.HANDOFF_BUCKET, prefix="snapshots/")
    with conn.cursor() as cur:
        cur.execute(queries.MEMBER_SNAPSHOT_SQL, {"msis_id": msis_id})
        snapshot = cur.fetchone()
    handoff.write_json(f"{msis_id}.json", snapshot)  # MCD103
