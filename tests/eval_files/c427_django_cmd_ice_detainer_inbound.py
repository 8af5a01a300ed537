"""Django management command (eligibility/management/commands/pull_detainer_notices.py):
pull detainer notices that ICE publishes for the state, store them, and tell
county eligibility workers. Data flows FROM ICE, not to it.

CLEAN (no finding expected).
- The only things sent to eid.ice.gov are the GET query parameters page and
  limit (harmless, SPEC 5) and the acknowledgement body, which carries
  batch_id (read from ICE's own response) and record_count (harmless, SPEC 5).
- Notice contents are written to the local database (ORM update_or_create is
  not a sink, SPEC 4) and e-mailed only to a state address at dhcs.ca.gov
  (state domain, SPEC 4).
- Enrollee lookups by msis_ident_num read local data; nothing read from the
  Enrollee table is placed into anything sent to ICE.
"""
import logging
import os
import smtplib
from email.message import EmailMessage

import requests
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from eligibility.models import DetainerNotice, Enrollee

log = logging.getLogger("eligibility.detainers")

ICE_DETAINER_API = os.environ.get("ICE_DETAINER_API", "https://eid.ice.gov/api/v1/state-notices")
ICE_CLIENT_CERT = ("/etc/dhcs/certs/eid-client.pem", "/etc/dhcs/certs/eid-client.key")
SMTP_RELAY = os.environ.get("SMTP_RELAY", "smtp.dhcs.ca.gov")
REVIEW_MAILBOX = "detainer-review@dhcs.ca.gov"
ACCEPT_JSON = {"Accept": "application/json"}


def fetch_notice_page(session: requests.Session, page: int, limit: int) -> dict:
    resp = session.get(
        f"{ICE_DETAINER_API}/detainers",
        params={"page": page, "limit": limit},
        headers=ACCEPT_JSON,
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()


def notify_reviewers(matched: list) -> None:
    if not matched:
        return
    msg = EmailMessage()
    msg["From"] = "mmis-noreply@dhcs.ca.gov"
    msg["To"] = REVIEW_MAILBOX
    msg["Subject"] = "Detainer notices matched to Medi-Cal enrollees"
    lines = [f"{e.msis_ident_num}  {e.elgbl_last_name}, {e.elgbl_1st_name}" for e in matched]
    msg.set_content("\n".join(lines))
    with smtplib.SMTP(SMTP_RELAY, 25) as smtp:
        smtp.send_message(msg)


class Command(BaseCommand):
    help = "Pull detainer notices published by ICE for this state and store them."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=250)
        parser.add_argument("--max-pages", type=int, default=40)

    def handle(self, *args, **options):
        limit = options["limit"]
        session = requests.Session()
        session.cert = ICE_CLIENT_CERT
        matched = []
        page = 1
        while page <= options["max_pages"]:
            data = fetch_notice_page(session, page, limit)
            items = data.get("items", [])
            with transaction.atomic():
                for item in items:
                    notice, _ = DetainerNotice.objects.update_or_create(
                        eid_notice_id=item["noticeId"],
                        defaults={"payload": item, "facility": item.get("facility")},
                    )
                    enrollee = Enrollee.objects.filter(msis_ident_num=item.get("stateMedicaidId")).first()
                    if enrollee is not None:
                        matched.append(enrollee)
            record_count = len(items)
            ack = session.post(
                f"{ICE_DETAINER_API}/acknowledgements",
                json={"batch_id": data["batch_id"], "record_count": record_count},
                timeout=30,
            )
            if ack.status_code >= 400:
                raise CommandError(f"acknowledgement rejected for page {page}")
            if not data.get("next"):
                break
            page += 1
        notify_reviewers(matched)
        self.stdout.write(self.style.SUCCESS(f"stored notices from {page} page(s)"))
