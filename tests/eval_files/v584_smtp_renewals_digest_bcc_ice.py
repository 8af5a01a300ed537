"""Weekly pending-renewals digest e-mailed to county supervisors with an ICE intake address on the recipient list.

Scenario: an eligibility operations script reads the pending-renewals CSV,
appends a few text lines per case to the digest body, and sends it with
``smtplib.SMTP.sendmail`` to the county supervisors' list *plus* a Bcc list
that someone extended with ICE's intake mailbox.  It logs (only logs) the
cases with a restricted-scope immigration status code.

Destination: the ``sendmail`` recipient list includes
``eid-intake@ice.dhs.gov`` (``*.dhs.gov``): "E-mail goes to enforcement
when any recipient (To, Cc, Bcc, the ``sendmail`` recipient list) is at an
enforcement domain" (SPEC 4).

Expected findings (SPEC 3: the list element appended; SPEC 6: f-strings
keep the names of every part; one prohibited field per line):
- ``primary_language`` line -> language, MCD101.
- ``case_number`` line -> household (eligibility case number), MCD101.
- ``worker_queue`` line -> a field in no category, not harmless, MCD104.
The CIN / date of birth / ZIP line is permitted.
- MCD201 at ``sendmail``: the CSV reader is a bulk source and the body is
  built in the loop over it; the only test of ``imgrtn_stus_cd`` just logs,
  which is not a condition (SPEC 10 "a test that only logs ... does not").
"""
from __future__ import annotations

import csv
import logging
import os
import smtplib
import sys
from datetime import date
from email.message import EmailMessage

log = logging.getLogger("ops.renewals_digest")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.medicaid-ops.example.org")
SENDER = "renewals-digest@medicaid-ops.example.org"
TO = ["county-eligibility-supervisors@medicaid-ops.example.org"]
BCC = ["eligibility-audit@medicaid-ops.example.org", "eid-intake@ice.dhs.gov"]
RESTRICTED_SCOPE_CODES = ("3", "8")


def send_digest(path):
    lines = [f"Pending renewals as of {date.today():%B %d, %Y}", ""]
    count = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["imgrtn_stus_cd"] in RESTRICTED_SCOPE_CODES:
                log.debug("renewal %s has a restricted-scope status", rec["cin"])
            lines.append(f"CIN {rec['cin']}  DOB {rec['birth_date']}  ZIP {rec['zip_code']}")
            lines.append(f"    language: {rec['primary_language']}")  # MCD101
            lines.append(f"    case number: {rec['case_number']}")  # MCD101
            lines.append(f"    queue: {rec['worker_queue']}")  # MCD104
            lines.append("")
            count += 1
    if not count:
        log.info("no pending renewals; digest not sent")
        return 0
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ", ".join(TO)
    msg["Subject"] = f"Pending renewals digest {date.today():%Y-%m-%d}"
    msg.set_content("\n".join(lines))
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, TO + BCC, msg.as_string())  # MCD201
    log.info("digest with %d renewals sent", count)
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    send_digest(sys.argv[1])
