"""Weekly medical-support exchange with the Title IV-D child support agency.

45 CFR 303.30-.31 make the Medicaid agency tell the IV-D agency about
noncustodial parents who may carry employer insurance.  The file carries
SSNs, names, employers and income: lawful for this partner, which is a
state child support enforcement office, not an immigration one.
"""
import csv
import logging
import os
import smtplib
import zipfile
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path
from tempfile import TemporaryDirectory

import psycopg2
import pysftp

log = logging.getLogger("cse_exchange")

CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST = os.environ["CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST"]
CSE_SFTP_USER = os.environ.get("CSE_SFTP_USER", "mcd_exchange")
CSE_PRIVATE_KEY = os.environ.get("CSE_PRIVATE_KEY", "/etc/mmis/keys/cse_ed25519")
FRAUD_ENFORCEMENT_MAILBOX = "mfcu-intake@oag.texas.gov"
REPORT_SENDER = "mmis-batch@hhsc.texas.gov"

HEADER = ["case_number", "ssn", "first_name", "last_name", "dob",
          "employer_name", "monthly_income", "esi_available"]

QUERY = """
    SELECT c.case_number, p.ssn, p.first_name, p.last_name, p.dob,
           p.employer_name, p.monthly_income, p.esi_available
      FROM cse.noncustodial_parents p
      JOIN mmis.cases c ON c.case_number = p.case_number
     WHERE c.program = 'MA' AND p.matched_on >= %s
"""


def send_to_child_support_enforcement(since: date) -> int:
    with psycopg2.connect(os.environ["MMIS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(QUERY, (since,))
        rows = cur.fetchall()
    if not rows:
        log.info("no new medical-support matches since %s", since)
        return 0
    with TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / f"ocse_medsup_{since:%Y%m%d}.csv"
        with csv_path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            writer.writerows(rows)
        zip_path = csv_path.with_suffix(".zip")
        with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(csv_path, arcname=csv_path.name)
        with pysftp.Connection(CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST, username=CSE_SFTP_USER,
                               private_key=CSE_PRIVATE_KEY) as sftp:
            sftp.put(str(zip_path), f"/inbound/medicaid/{zip_path.name}")
    return len(rows)


def notify_fraud_unit(sent: int, since: date) -> None:
    msg = EmailMessage()
    msg["From"] = REPORT_SENDER
    msg["To"] = FRAUD_ENFORCEMENT_MAILBOX
    msg["Subject"] = f"Medical support exchange: {sent} cases since {since:%m/%d/%Y}"
    msg.set_content("Weekly IV-D exchange completed. Details are in the MMIS batch log.")
    with smtplib.SMTP("smtp.hhsc.texas.gov", 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


if __name__ == "__main__":
    start = date.today() - timedelta(days=7)
    notify_fraud_unit(send_to_child_support_enforcement(start), start)
