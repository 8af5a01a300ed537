"""Weekly e-mail of the referral CSV to the ERO Medicaid liaison.

Reads the nightly eligibility extract (CSV), keeps the configured counties
and mails the result as an attachment.
"""
import csv
import io
import logging
import smtplib
import sys
from email.message import EmailMessage

log = logging.getLogger("ero_weekly")

ERO_LIAISON = "ero-medicaid-liaison@ice.dhs.gov"
SENDER = "mmis-reports@hca.wa.gov"
SMTP_HOST = "smtp.hca.wa.gov"
COUNTIES = {"033", "053", "061", "077"}
FIELDNAMES = [
    "medicaid_id",
    "date_of_birth",
    "first_name",  # MCD101
    "last_name",  # MCD101
    "home_address",
    "zip_code",
    "email_address",  # MCD101
    "household_size",  # MCD101
]


def send_weekly_file(extract_path: str) -> int:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDNAMES, extrasaction="ignore")
    writer.writeheader()
    kept = 0
    with open(extract_path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["county_code"] not in COUNTIES:
                continue
            if row.get("citizenship_status") == "CITIZEN":
                log.debug("row %s is a citizen", row["medicaid_id"])
            writer.writerow(row)
            kept += 1

    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ERO_LIAISON
    msg["Subject"] = "Weekly Medicaid referral file"
    msg.set_content("The weekly referral file is attached.")
    msg.add_attachment(buf.getvalue().encode("utf-8"), maintype="text", subtype="csv",
                       filename="weekly_referrals.csv")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)  # MCD201
    return kept


if __name__ == "__main__":
    print(send_weekly_file(sys.argv[1]))
