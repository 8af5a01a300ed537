"""Monthly interfaces of a county eligibility system: the medical-support
referral workbook for child support enforcement (pandas to_excel, e-mailed
to OCSE and put on the state DCSS SFTP) and the tax-intercept file for the
Franchise Tax Board's enforcement unit.

CLEAN (no finding expected), though names, SSNs, incomes and employers are
sent and "enforcement" is everywhere:
- "enforcement" qualified by child_support / cse / ocse / tax is another
  domain of law, not an immigration signal (SPEC 4).
- E-mail recipients are at acf.hhs.gov (*.hhs.gov) and dcss.ca.gov (state);
  the SFTP host sftp.cse.dcss.ca.gov is a ca.gov host (SPEC 4).
- The bucket ftb-tax-enforcement-intercept carries "enforcement" next to
  "tax" (SPEC 4).
"""
import io
import logging
import os
import smtplib
from email.message import EmailMessage

import boto3
import pandas as pd
import pysftp
import sqlalchemy as sa

log = logging.getLogger("county.cse_interfaces")

CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST = "sftp.cse.dcss.ca.gov"
CHILD_SUPPORT_ENFORCEMENT_REMOTE = "/inbound/medical_support/referrals.xlsx"
OCSE_RECIPIENTS = ["medical-support@acf.hhs.gov", "cse-referrals@dcss.ca.gov"]
TAX_ENFORCEMENT_BUCKET = "ftb-tax-enforcement-intercept"
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.county-eligibility.org")

engine = sa.create_engine(os.environ.get("ELIGIBILITY_DB_URL", "postgresql://reports@db/eligibility"))

REFERRAL_SQL = sa.text(
    "SELECT c.case_number, p.first_name, p.last_name, p.ssn, p.dob,"
    " p.monthly_income, n.employer_name, n.employer_address, n.absent_parent_ssn"
    " FROM cases c JOIN persons p ON p.case_id = c.id"
    " JOIN noncustodial_parents n ON n.case_id = c.id"
    " WHERE c.medical_support_referral = true AND c.referral_month = :month"
)


def referral_workbook(month: str) -> bytes:
    df = pd.read_sql(REFERRAL_SQL, engine, params={"month": month})
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name="referrals", index=False)
    return buf.getvalue()


def email_ocse(workbook: bytes, month: str) -> None:
    msg = EmailMessage()
    msg["From"] = "cse-interface@county-eligibility.org"
    msg["To"] = ", ".join(OCSE_RECIPIENTS)
    msg["Subject"] = f"Medical support referrals {month}"
    msg.set_content("Monthly medical support referral workbook attached.")
    msg.add_attachment(
        workbook,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"medical_support_{month}.xlsx",
    )
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def sftp_child_support_enforcement(workbook: bytes) -> None:
    opts = pysftp.CnOpts(knownhosts="/etc/county/known_hosts")
    with pysftp.Connection(
        CHILD_SUPPORT_ENFORCEMENT_SFTP_HOST,
        username="county19",
        private_key="/etc/county/keys/dcss_rsa",
        cnopts=opts,
    ) as sftp:
        sftp.putfo(io.BytesIO(workbook), CHILD_SUPPORT_ENFORCEMENT_REMOTE)


def tax_enforcement_intercept(month: str) -> None:
    df = pd.read_sql(
        sa.text("SELECT ssn, last_name, overpayment_amount FROM overpayments WHERE month = :m"),
        engine,
        params={"m": month},
    )
    tax_enforcement_client = boto3.client("s3", region_name="us-west-1")
    tax_enforcement_client.put_object(
        Bucket=TAX_ENFORCEMENT_BUCKET,
        Key=f"intercept/{month}.csv",
        Body=df.to_csv(index=False).encode("utf-8"),
    )


def main(month: str) -> None:
    workbook = referral_workbook(month)
    email_ocse(workbook, month)
    sftp_child_support_enforcement(workbook)
    tax_enforcement_intercept(month)
    log.info("child support and tax interfaces sent for %s", month)


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
