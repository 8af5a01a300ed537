"""Medical-support referrals to the child support agency; overpayment intercepts to tax enforcement.

Scenario: a state Medicaid agency refers cases with an absent parent to
the state's child support (IV-D) agency for medical support enforcement,
as federal law requires, and sends recipient-overpayment debts to the
state tax agency's enforcement division for refund intercept. Both hosts come from
environment variables with no default, so the analysis cannot resolve
them; the names decide.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST`` and ``child_support_enforcement``
  paths: ``enforcement`` qualified by child support is not an immigration
  signal (SPEC section 4, "``enforcement`` in a name qualified by another
  domain of law"); likewise ``TAX_ENFORCEMENT_OFFSET_URL`` and
  ``tax_enforcement_client`` (``tax``). A destination that resolves to no
  host is decided by those name signals (SPEC section 4).
- So the full case rows (``SELECT *``), SSNs, names, employer and income
  of absent parents go to non-enforcement destinations; nothing is
  reported, and the plural ``recipients`` bulk send is not MCD201
  (SPEC section 10 concerns enforcement endpoints only).
"""
from __future__ import annotations

import csv
import logging
import os
from datetime import date

import httpx
import paramiko

log = logging.getLogger("tpl.medical_support")

CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST = os.environ["CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST"]
CHILD_SUPPORT_ENFORCEMENT_USER = os.environ.get("CHILD_SUPPORT_ENFORCEMENT_USER", "medicaid_tpl")
TAX_ENFORCEMENT_OFFSET_URL = os.environ["TAX_ENFORCEMENT_OFFSET_URL"]
LOCAL_DIR = "/srv/tpl/outbound"
REFERRAL_SQL = "SELECT * FROM tpl.absent_parent_referral_v WHERE referral_sent_at IS NULL"
MEDICAL_SUPPORT_FIELDS = [
    "case_number",
    "medicaid_id",
    "first_name",
    "last_name",
    "ssn",
    "date_of_birth",
    "absent_parent_ssn",
    "absent_parent_employer",
    "monthly_income",
    "coverage_start_date",
]


def write_medical_support_file(recipients: list[dict], run_date: date) -> str:
    path = os.path.join(LOCAL_DIR, f"child_support_enforcement_{run_date:%Y%m%d}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=MEDICAL_SUPPORT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for r in recipients:
            writer.writerow(r)
    return path


def send_medical_support_file(path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST, username=CHILD_SUPPORT_ENFORCEMENT_USER,
                key_filename="/etc/tpl/keys/cse_ed25519", timeout=30)
    try:
        sftp = ssh.open_sftp()
        sftp.put(path, f"/inbound/medicaid/{os.path.basename(path)}")
    finally:
        ssh.close()


def send_refund_intercepts(offsets: list[dict]) -> int:
    with httpx.Client(base_url=TAX_ENFORCEMENT_OFFSET_URL, timeout=60) as tax_enforcement_client:
        resp = tax_enforcement_client.post("/offsets", json={"offsets": offsets})
        resp.raise_for_status()
    return len(offsets)


def run(conn, run_date: date, offsets: list[dict]) -> None:
    cur = conn.cursor()
    cur.execute(REFERRAL_SQL)
    columns = [d[0] for d in cur.description]
    recipients = [dict(zip(columns, row)) for row in cur.fetchall()]
    path = write_medical_support_file(recipients, run_date)
    send_medical_support_file(path)
    send_refund_intercepts(offsets)
    log.info("sent %d medical support referrals and %d offsets", len(recipients), len(offsets))
