"""Caseworker tool that e-mails one case packet (JSON attachment) to the state liaison mailbox with the regional ERO officer (ero.liaison@ice.dhs.gov) on Cc, which makes the message an enforcement send (SPEC §4 e-mail recipients).

Findings (SPEC §3, §4 subjects and attachments are data): the ``Subject`` carries ``case_number`` (household, MCD101), the body f-string carries ``full_name`` (MCD101), and the attachment carries ``preferred_language`` (MCD101) and pharmacy claim NDC codes (MCD102); one case chosen by the caseworker, so no MCD201.
"""
import argparse
import json
import logging
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage

log = logging.getLogger("casework.packets")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.dhcs.ca.gov")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER", "casework-noreply")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
SENDER = "casework-noreply@dhcs.ca.gov"
STATE_LIAISON = "medicaid.liaison@dhcs.ca.gov"
ERO_LIAISON = "ero.liaison@ice.dhs.gov"


class PacketError(Exception):
    pass


class CaseRepository:
    """Thin wrapper around the case-management read API used by the UI."""

    def __init__(self, api):
        self._api = api

    def get(self, case_ref: str):
        case = self._api.fetch_case(case_ref)
        if case is None:
            raise PacketError(f"case {case_ref} not found")
        return case


def build_packet(case) -> dict:
    return {
        "medicaid_id": case.medicaid_id,
        "date_of_birth": case.date_of_birth.isoformat(),
        "mailing_address": case.mailing_address,
        "phone_number": case.phone_number,
        "citizenship_status": case.citizenship_status,
        "immigration_status": case.immigration_status,
        "preferred_language": case.preferred_language,  # MCD101
        "ndc_codes": [claim.ndc_code for claim in case.pharmacy_claims],  # MCD102
    }


def build_message(case) -> EmailMessage:
    packet = build_packet(case)
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = STATE_LIAISON
    msg["Cc"] = ERO_LIAISON
    msg["Subject"] = f"Case packet {case.case_number}"  # MCD101
    msg.set_content(f"Referral packet for {case.full_name}; see the attached JSON.")  # MCD101
    msg.add_attachment(
        json.dumps(packet, indent=2).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename="case_packet.json",
    )
    return msg


def send(msg: EmailMessage) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=context)
        if SMTP_PASSWORD:
            smtp.login(SMTP_USER, SMTP_PASSWORD)
        refused = smtp.send_message(msg, from_addr=SENDER, to_addrs=[STATE_LIAISON, ERO_LIAISON])
    if refused:
        raise PacketError(f"recipients refused: {sorted(refused)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="E-mail one case packet")
    parser.add_argument("case_ref")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    from casework.api import CaseApi  # local package, configured per county

    repo = CaseRepository(CaseApi.from_env())
    try:
        case = repo.get(args.case_ref)
        msg = build_message(case)
        if args.dry_run:
            print(msg.as_string()[:2000])
            return 0
        send(msg)
    except (PacketError, smtplib.SMTPException, OSError) as exc:
        log.error("packet for %s not sent: %s", args.case_ref, exc)
        return 1
    log.info("packet for %s sent", args.case_ref)
    return 0


if __name__ == "__main__":
    sys.exit(main())
