"""Writes the order-compliant ICE referral file (basic categories and batch metadata) to the outbound share."""
import csv
import json
import sys
import uuid
from datetime import date

OUTBOUND_DIR = "/mnt/outbound"
UNLAWFUL_STATUS_CODES = {"3", "5"}


def export(extract_path, run_date):
    subjects = []
    with open(extract_path, newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec["immigration_status"] not in UNLAWFUL_STATUS_CODES:
                continue
            subjects.append({
                "medicaid_id": rec["medicaid_id"],
                "date_of_birth": rec["date_of_birth"],
                "home_address": rec["home_address"],
                "phone": rec["phone"],
                "immigration_status": rec["immigration_status"],
            })
    batch_id = uuid.uuid4().hex
    out_path = f"{OUTBOUND_DIR}/ice_referrals_{run_date:%Y%m%d}_{batch_id}.json"
    with open(out_path, "w") as out:
        json.dump(
            {
                "batch_id": batch_id,
                "record_count": len(subjects),
                "schema_version": "2.0",
                "subjects": subjects,
            },
            out,
        )
    return out_path


if __name__ == "__main__":
    print(export(sys.argv[1], date.today()))
