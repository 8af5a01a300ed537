"""Monthly e-mail to an ICE ERO field office with a CSV attachment of enrollees.
The header row written by csv.writer is literals: constants, never a finding (SPEC 3). The data
row's list elements are placements at their own lines (SPEC 3): full_name MCD101, monthly_income
MCD101 (income), hiv_status MCD102; cin/dob/home_address are permitted. The To: address is at
ice.dhs.gov, so the message and its attachment go to enforcement (SPEC 4 e-mail). MCD201 at
send_message: every one of `recipients` (plural person noun, no caller) is written to the
attachment with no immigration-status or citizenship test (SPEC 10).
"""
import csv
import io
import smtplib
from email.message import EmailMessage

FIELD_OFFICE = "sfr-ero-referrals@ice.dhs.gov"
REPORT_FROM = "mmis-reports@dhcs.ca.gov"
RELAY = ("smtp.dhcs.ca.gov", 587)
HEADER = ["cin", "dob", "home_address", "name", "income", "hiv"]


def _row(r):
    return [
        r["cin"],
        r["dob"],
        r["home_address"],
        r["full_name"],  # MCD101
        r["monthly_income"],  # MCD101
        r["hiv_status"],  # MCD102
    ]


def _attachment(table):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(table)
    return buf.getvalue().encode("utf-8")


def send_report(recipients):
    rows = []
    for r in recipients:
        if not r.get("cin"):
            continue
        rows.append(_row(r))

    msg = EmailMessage()
    msg["From"] = REPORT_FROM
    msg["To"] = FIELD_OFFICE
    msg["Subject"] = "Medicaid enrollee list (%d records)" % len(rows)
    msg.set_content("Attached is this month's list. Reply to %s with questions." % REPORT_FROM)
    msg.add_attachment(
        _attachment(rows),
        maintype="text",
        subtype="csv",
        filename="enrollees.csv",
    )
    with smtplib.SMTP(*RELAY) as smtp:
        smtp.starttls()
        smtp.send_message(msg)  # MCD201
    return len(rows)
