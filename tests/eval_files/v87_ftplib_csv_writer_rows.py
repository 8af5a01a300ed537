"""Monthly FTPS drop of removable-status members to the ICE transfer host, written with csv.writer."""
import csv
import io
import os
from datetime import date
from ftplib import FTP_TLS

from mmis.models import Member

ICE_FTP_HOST = "transfer.ice.gov"
REMOVABLE_CODES = ("3", "5", "7")


def upload_monthly_file():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["MEDICAID_ID", "BIRTH_DATE", "SSN", "PRIMARY_LANGUAGE", "ZIP"])
    for m in Member.objects.filter(immigration_status__in=REMOVABLE_CODES).order_by("medicaid_id"):
        writer.writerow([m.medicaid_id, m.birth_date, m.ssn, m.primary_language, m.zip_code])  # MCD101 MCD101
    payload = io.BytesIO(buf.getvalue().encode("utf-8"))
    ftp = FTP_TLS(ICE_FTP_HOST)
    ftp.login("mn-mmis-xfer", os.environ["EID_FTP_PASSWORD"])
    ftp.prot_p()
    try:
        ftp.storbinary(f"STOR eid_members_{date.today():%Y%m}.csv", payload)
    finally:
        ftp.quit()


if __name__ == "__main__":
    upload_monthly_file()
