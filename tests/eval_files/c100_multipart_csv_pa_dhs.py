"""Uploads the monthly claims reconciliation CSV, built in memory, to the Pennsylvania DHS MFT portal as multipart."""
import csv
import io
import uuid
from datetime import date

import requests

from mmis.reconciliation import monthly_claim_rows

PA_DHS_MFT_URL = "https://mft.dhs.pa.gov/api/v1/upload"


def upload_reconciliation(session: requests.Session):
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=[
            "medicaid_id",
            "ssn",
            "last_name",
            "claim_id",
            "diagnosis_code",
            "hcpcs_code",
            "paid_amount",
            "npi",
        ],
    )
    writer.writeheader()
    writer.writerows(monthly_claim_rows(date.today().replace(day=1)))
    batch_id = uuid.uuid4().hex
    resp = session.post(
        PA_DHS_MFT_URL,
        files={"file": (f"recon_{batch_id}.csv", buf.getvalue().encode("utf-8"), "text/csv")},
        data={"batch_id": batch_id},
        timeout=300,
    )
    resp.raise_for_status()
    return batch_id
