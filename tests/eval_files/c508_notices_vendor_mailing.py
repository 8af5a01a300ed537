"""Renewal-notice print batches e-mailed and dropped to the mailing vendor (expected clean).

Scenario: Wisconsin's Medicaid notices team generates the nightly batch of
renewal notices.  A manifest (names, mailing addresses, notice language,
ICE - in case of emergency - contact, device preference for e-notices, and
postage price) is e-mailed to the print vendor with the state's own
eligibility office in Cc, the print file is put on the vendor's SFTP, and
a copy goes to the bucket ``wi-dhs-notice-archive``.  The sender address and
the relay are named for DHS (``WI_DHS_NOTICE_SENDER``).

Why no finding is expected:
- E-mail recipients are ``intake@mailops.printhousepartners.com`` (a vendor
  host on neither list, no token) and ``renewals@dhs.wisconsin.gov`` (a
  state ``.gov`` domain, non-enforcement).  E-mail goes to enforcement only
  when a recipient is at an enforcement domain; the sender does not matter
  (SPEC section 4).
- ``wi-dhs-notice-archive``: ``dhs`` next to the postal code ``wi`` names a
  state agency (SPEC section 4).
- ``notice``, ``device``, ``price`` and ``slice`` do not match the ``ice``
  token; ``ice_contact_name`` is "in case of emergency" (SPEC section 4).
- No enforcement endpoint, so names, languages and the unscoped bulk
  roster are not findings.
"""
import json
import logging
import smtplib
import ssl
from datetime import date
from email.message import EmailMessage

import boto3
import paramiko

from notices.db import fetch_due_notices

WI_DHS_NOTICE_SENDER = "medicaid-notices@dhs.wisconsin.gov"
VENDOR_INTAKE = "intake@mailops.printhousepartners.com"
STATE_CC = "renewals@dhs.wisconsin.gov"
SMTP_RELAY = "smtp.office365.com"
VENDOR_SFTP = "sftp.printhousepartners.com"
ARCHIVE_BUCKET = "wi-dhs-notice-archive"
PRICE_PER_PIECE = 0.61
SLICE_SIZE = 5000

log = logging.getLogger("notices.batch")


def _notice_row(n: dict) -> dict:
    return {
        "notice_id": n["notice_id"],
        "notice_type": n["notice_type"],
        "member_name": n["member_name"],
        "mailing_address": n["mailing_address"],
        "preferred_language": n["preferred_language"],
        "ice_contact_name": n.get("emergency_contact_name"),
        "device_preference": n.get("enotice_device", "PAPER"),
        "price": PRICE_PER_PIECE,
    }


def build_manifest(notices: list) -> list:
    manifest = []
    for n in notices:
        if n.get("enotice_device") == "PORTAL_ONLY":
            continue
        manifest.append(_notice_row(n))
    return manifest


def email_manifest(manifest: list, run_date: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Renewal notice batch {run_date}"
    msg["From"] = WI_DHS_NOTICE_SENDER
    msg["To"] = VENDOR_INTAKE
    msg["Cc"] = STATE_CC
    postage = round(len(manifest) * PRICE_PER_PIECE, 2)
    msg.set_content(f"{len(manifest)} notices attached; estimated postage ${postage}.")
    msg.add_attachment(json.dumps(manifest, indent=1).encode("utf-8"), maintype="application",
                       subtype="json", filename=f"manifest_{run_date}.json")
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=60) as smtp:
        smtp.starttls(context=context)
        smtp.login("svc-notices", "from-vault")
        smtp.send_message(msg)


def drop_print_file(manifest: list, run_date: str) -> str:
    local = f"/var/spool/notices/print_{run_date}.ndjson"
    with open(local, "w", encoding="utf-8") as fh:
        for start in range(0, len(manifest), SLICE_SIZE):
            for row in manifest[start:start + SLICE_SIZE]:
                fh.write(json.dumps(row) + "\n")
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    client.connect(hostname=VENDOR_SFTP, username="wi_notices", key_filename="/etc/notices/id_ed25519")
    try:
        client.open_sftp().put(local, f"/incoming/{run_date}/print.ndjson")
    finally:
        client.close()
    return local


def archive(local: str, run_date: str) -> None:
    boto3.client("s3").upload_file(local, ARCHIVE_BUCKET, f"print/{run_date}.ndjson")


def main() -> None:
    run_date = date.today().isoformat()
    notices = fetch_due_notices(run_date)
    manifest = build_manifest(notices)
    if not manifest:
        log.info("no notices today")
        return
    email_manifest(manifest, run_date)
    archive(drop_print_file(manifest, run_date), run_date)
    log.info("notice batch %s: %d pieces", run_date, len(manifest))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
