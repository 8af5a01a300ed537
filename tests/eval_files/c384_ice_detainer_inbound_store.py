"""Pull detainer notices that ICE publishes for the agency and store them.

Data flows ICE -> state only. Pages are fetched from the EID outbound feed,
kept in the local database and archived as NDJSON for the privacy office.
"""
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

import psycopg2
import requests

log = logging.getLogger("ice_inbound")

ICE_EID_BASE = "https://eid.ice.gov/api/v1"
PAGE_LIMIT = 200
ARCHIVE_DIR = Path(os.environ.get("ARCHIVE_DIR", "/var/lib/mmis/inbound"))

INSERT_SQL = """
    INSERT INTO ice_detainer_notices
        (notice_id, msis_ident_num, subject_name, a_number, facility, received_at)
    VALUES (%s, %s, %s, %s, %s, %s)
    ON CONFLICT (notice_id) DO NOTHING
"""


def fetch_pages(session):
    page = 1
    while True:
        resp = session.get(
            f"{ICE_EID_BASE}/detainer-notices",
            params={"page": page, "limit": PAGE_LIMIT},
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        yield body
        if not body.get("next_page"):
            break
        page += 1


def store(conn, items, received_at):
    with conn.cursor() as cur:
        for item in items:
            subject = item.get("subject", {})
            cur.execute(INSERT_SQL, (
                item["notice_id"],
                subject.get("medicaid_id"),
                subject.get("full_name"),
                subject.get("a_number"),
                item.get("detention_facility"),
                received_at,
            ))
    conn.commit()


def archive(items, received_at):
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    path = ARCHIVE_DIR / f"detainer_inbox_{received_at:%Y%m%d}.ndjson"
    with path.open("a", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item) + "\n")
    return path


def acknowledge(session, batch_id):
    resp = session.post(
        f"{ICE_EID_BASE}/batches/{batch_id}/ack",
        json={"batch_id": batch_id, "status": "RECEIVED"},
        timeout=30,
    )
    resp.raise_for_status()


def run(dsn):
    session = requests.Session()
    session.auth = (os.environ["EID_CLIENT_ID"], os.environ["EID_CLIENT_SECRET"])
    conn = psycopg2.connect(dsn)
    received_at = datetime.now(timezone.utc)
    try:
        for body in fetch_pages(session):
            items = body.get("items", [])
            store(conn, items, received_at)
            archive(items, received_at)
            acknowledge(session, body["batch_id"])
            log.info("stored %d notices", len(items))
    finally:
        conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(os.environ["MMIS_DSN"])
