"""Quarterly disclosure to ICE's EID unit as an e-mailed CSV attachment; the query keeps only
enrollees whose own status is emergency-services-only through an IN (subquery).

Expected clean: the status and citizenship condition sits in the subquery of the WHERE clause that selects the rows; only permitted columns are selected.
"""
import csv
import io
import os
import smtplib
import sys
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pymysql

RECIPIENTS = ["eid-intake@ice.dhs.gov", "records-officer@dhcs.ca.gov"]

DISCLOSURE_SQL = """
    SELECT e.msis_ident_num, e.birth_dt, e.imgrtn_stus_cd,
           c.elgbl_line_1_adr, c.elgbl_city_name, c.elgbl_zip_cd, c.elgbl_phne_num
      FROM enrollee e
      JOIN enrollee_contact c ON c.msis_ident_num = e.msis_ident_num
     WHERE e.msis_ident_num IN (
               SELECT s.msis_ident_num
                 FROM enrollee_status s
                WHERE s.imgrtn_stus_cd = '3'
                  AND s.ctznshp_ind = '0'
           )
"""

HEADER = ("msis_ident_num", "birth_dt", "imgrtn_stus_cd", "address", "city", "zip", "phone")


def main(quarter: str) -> None:
    conn = pymysql.connect(read_default_file=os.path.expanduser("~/.my.cnf"), database="mmis")
    try:
        with conn.cursor() as cur:
            cur.execute(DISCLOSURE_SQL)
            rows = cur.fetchall()
    finally:
        conn.close()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(rows)
    msg = MIMEMultipart()
    msg["From"] = "disclosures@dhcs.ca.gov"
    msg["To"] = ", ".join(RECIPIENTS)
    msg["Subject"] = f"EID disclosure {quarter}"
    msg.attach(MIMEText(f"{len(rows)} records attached.", "plain"))
    part = MIMEApplication(buf.getvalue().encode(), Name="eid_disclosure.csv")
    part["Content-Disposition"] = 'attachment; filename="eid_disclosure.csv"'
    msg.attach(part)
    with smtplib.SMTP_SSL("smtp.dhcs.ca.gov", 465) as smtp:
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.sendmail(msg["From"], RECIPIENTS, msg.as_string())


if __name__ == "__main__":
    main(sys.argv[1])
