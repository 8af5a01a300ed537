"""Legacy fixed layout keeps its SSN and LAST_NAME columns, sent blank to the ICE FTPS host since the order."""
import csv
import io
import os
from datetime import date
from ftplib import FTP_TLS

from mmis.models import Member

ICE_FTPS_HOST = "ftps.eid.ice.gov"
UNLAWFUL_STATUS_CODES = ("3", "5")
REDACTED = ""


def upload_monthly_file():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    # Layout v3 (2019) is kept for the receiving parser; SSN and LAST_NAME stay empty.
    writer.writerow(["MEDICAID_ID", "SSN", "LAST_NAME", "BIRTH_DATE", "STREET", "ZIP", "IMMIGRATION_STATUS"])
    for m in Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES):
        writer.writerow([
            m.medicaid_id,
            REDACTED,
            "",
            m.birth_date.strftime("%m%d%Y"),
            m.street,
            m.zip,
            m.immigration_status,
        ])
    payload = io.BytesIO(buf.getvalue().encode("ascii", "replace"))
    ftp = FTP_TLS(ICE_FTPS_HOST)
    ftp.login("mn-mmis-xfer", os.environ["EID_FTPS_PASSWORD"])
    ftp.prot_p()
    ftp.storbinary(f"STOR basic_{date.today():%Y%m}.csv", payload)
    ftp.quit()
