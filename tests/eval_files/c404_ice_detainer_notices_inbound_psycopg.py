"""Inbound job: pulls detainer/information-request notices that ICE posts for
the state Medicaid agency, stores them in the agency's Postgres database and
e-mails the privacy unit for review; acknowledges receipt to ICE.

CLEAN. Data flows from ICE, not to it. The GET carries only page/limit
(harmless, SPEC 5) and a constant; the acknowledgement URL interpolates only
the notice's correlation_id (a harmless correlation id, SPEC 5) and its body
is a constant. The INSERT into the local database is not a sink (SPEC 4 sink
list). The review e-mail goes to ice-detainer-review@dhs.illinois.gov: the
address resolves to a state host on the non-enforcement list, which
overrides the "ice" in the constant name (SPEC 4, e-mail recipients). No
finding expected.
"""
import logging
import os
import smtplib
from email.message import EmailMessage

import psycopg
import requests

log = logging.getLogger("intake.ice_notices")

ICE_NOTICE_API = "https://eid.ice.gov/api/v1/agency-notices"
ICE_NOTICE_INBOX = "ice-detainer-review@dhs.illinois.gov"
SENDER = "mmis-batch@hfs.illinois.gov"
SMTP_HOST = os.getenv("SMTP_RELAY", "smtp.illinois.gov")
PAGE_SIZE = 100

INSERT_SQL = """
    INSERT INTO intake.ice_agency_notice
        (correlation_id, subject_name, subject_dob, alien_number, notice_type, received_at)
    VALUES (%s, %s, %s, %s, %s, now())
    ON CONFLICT (correlation_id) DO NOTHING
"""


def fetch_notices(session):
    page = 1
    while True:
        resp = session.get(
            ICE_NOTICE_API,
            params={"page": page, "limit": PAGE_SIZE, "status": "OPEN"},
            timeout=30,
        )
        resp.raise_for_status()
        items = resp.json().get("items", [])
        if not items:
            return
        yield from items
        page += 1


def store(conn, notice):
    with conn.cursor() as cur:
        cur.execute(
            INSERT_SQL,
            (
                notice["correlation_id"],
                notice["subjectName"],
                notice["subjectDob"],
                notice.get("alienNumber"),
                notice["noticeType"],
            ),
        )


def notify_privacy_unit(notice):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ICE_NOTICE_INBOX
    msg["Subject"] = f"ICE notice {notice['noticeType']} for {notice['subjectName']}"
    msg.set_content(
        f"Subject: {notice['subjectName']} (DOB {notice['subjectDob']})\n"
        f"A-number: {notice.get('alienNumber', 'n/a')}\n"
        "Review against the Dec. 29, 2025 order before any response."
    )
    with smtplib.SMTP(SMTP_HOST, 25) as smtp:
        smtp.send_message(msg)


def acknowledge(session, notice):
    resp = session.post(
        f"{ICE_NOTICE_API}/{notice['correlation_id']}/ack",
        json={"status": "RECEIVED"},
        timeout=30,
    )
    resp.raise_for_status()


def main():
    session = requests.Session()
    with psycopg.connect(os.environ["MMIS_PG_DSN"]) as conn:
        for notice in fetch_notices(session):
            store(conn, notice)
            conn.commit()
            notify_privacy_unit(notice)
            acknowledge(session, notice)
            log.info("stored ICE notice %s", notice["correlation_id"])


if __name__ == "__main__":
    main()
