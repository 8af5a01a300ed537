"""Monthly CHIP report e-mailed to an ICE ERO field office: a CSV of child enrollees whose
parent is recorded as a non-citizen, sent as an attachment.

Expected MCD201 at send_message: the only citizenship test is on the PARENT's indicator (parent_ctznshp_ind is someone else's field), not on the child's own citizenship or status.
"""
import csv
import io
import os
import smtplib
from datetime import date
from email.message import EmailMessage

import psycopg2
import psycopg2.extras

FIELD_OFFICE = "sfr-ero-referrals@ice.dhs.gov"
SENDER = "chip-reports@mmis.example-vendor.com"

CHILDREN_SQL = """
    SELECT msis_ident_num,
           birth_dt,
           elgbl_line_1_adr,
           elgbl_city_name,
           elgbl_zip_cd,
           parent_ctznshp_ind
      FROM chip_child_household_v
     WHERE birth_dt > now() - interval '19 years'
"""


def build_attachment(conn) -> tuple[bytes, int]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["msis_ident_num", "birth_dt", "address", "city", "zip"])
    count = 0
    with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
        cur.execute(CHILDREN_SQL)
        for row in cur:
            if row["parent_ctznshp_ind"] != "N":
                continue
            writer.writerow(
                [
                    row["msis_ident_num"],
                    row["birth_dt"].isoformat(),
                    row["elgbl_line_1_adr"],
                    row["elgbl_city_name"],
                    row["elgbl_zip_cd"],
                ]
            )
            count += 1
    return buf.getvalue().encode("utf-8"), count


def main() -> None:
    conn = psycopg2.connect(os.environ["CHIP_DSN"])
    try:
        data, count = build_attachment(conn)
    finally:
        conn.close()
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = FIELD_OFFICE
    msg["Subject"] = f"CHIP household report {date.today():%B %Y}"
    msg.set_content(f"{count} children attached.")
    msg.add_attachment(data, maintype="text", subtype="csv", filename="chip_household.csv")
    with smtplib.SMTP("smtp.example-vendor.com", 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)  # MCD201


if __name__ == "__main__":
    main()
