"""Notice-of-action print files for the mail vendor: names, aid codes and languages, with notice/office/device/price/slice/justice names.

Scenario: a state eligibility system's nightly job builds the Notice of
Action (NOA) print batch for its mailing vendor: recipient name, mailing
address, aid code, preferred language and the notice reason, one JSON line
per notice, uploaded by SFTP to the vendor. The code is full of words that
contain ``ice`` (notice, office, device, price, slice, justice, service).

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- No destination signal: the vendor host ``sftp.docuprint-mail.com`` is on
  neither host list, and no name holds an enforcement token as a whole word
  after snake/camel splitting: ``notice``, ``office``, ``device``,
  ``price``, ``slice``, ``justice`` and ``service`` are not ``ice`` (SPEC
  section 4, "``device``, ``notice``, ``price``, ``slice`` do not match").
- So names, aid codes and languages reach a non-enforcement destination
  (SPEC section 8); the loop over notices is not MCD201 (SPEC section 10).
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

import paramiko
from sqlalchemy import select
from sqlalchemy.orm import Session

from elig.models import Notice

log = logging.getLogger("noa.print_batch")

NOTICE_SFTP_HOST = "sftp.docuprint-mail.com"
NOTICE_OUTBOX = Path("/var/spool/noa")
PRICE_PER_PAGE_CENTS = 7
SLICE_SIZE = 5000
JUSTICE_INVOLVED_TEMPLATE = "NOA-JI-2"
DEVICE_ID = os.environ.get("NOA_PRINT_DEVICE_ID", "XEROX-IGEN5-01")


def notice_line(notice) -> dict:
    member = notice.member
    return {
        "notice_id": notice.id,
        "template": JUSTICE_INVOLVED_TEMPLATE if notice.justice_involved else notice.template_code,
        "recipient_name": f"{member.first_name} {member.last_name}",
        "mailing_address": member.mailing_address,
        "city": member.mailing_city,
        "zip_code": member.mailing_zip,
        "aid_code": member.aid_code,
        "language": member.preferred_language,
        "reason": notice.reason_text,
        "office_code": notice.office_code,
        "service_area": notice.service_area,
        "print_device": DEVICE_ID,
    }


def build_notice_batch(session: Session, run_date: date) -> list[Path]:
    notices = session.scalars(select(Notice).where(Notice.print_date == run_date)).all()
    paths = []
    for part, start in enumerate(range(0, len(notices), SLICE_SIZE)):
        path = NOTICE_OUTBOX / f"noa_{run_date:%Y%m%d}_{part:02d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for notice in notices[start:start + SLICE_SIZE]:
                fh.write(json.dumps(notice_line(notice)) + "\n")
        paths.append(path)
    log.info("%d notices, est. cost $%.2f", len(notices), len(notices) * 2 * PRICE_PER_PAGE_CENTS / 100)
    return paths


def upload_notices(paths: list[Path]) -> None:
    notice_client = paramiko.SSHClient()
    notice_client.load_system_host_keys()
    notice_client.connect(hostname=NOTICE_SFTP_HOST, username="state-noa", key_filename="/etc/noa/id_rsa")
    try:
        sftp = notice_client.open_sftp()
        for path in paths:
            sftp.put(str(path), f"/inbound/{path.name}")
    finally:
        notice_client.close()
