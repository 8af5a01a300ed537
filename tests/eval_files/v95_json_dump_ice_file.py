"""Nightly export writing ICE referral JSON files to the outbound share picked up by the handoff agent."""
import csv
import json
import sys
from datetime import date

OUTBOUND_DIR = "/mnt/outbound"
REMOVABLE_CODES = {"3", "5", "7"}


def export(extract_path, run_date):
    batch = []
    with open(extract_path, newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec["immigration_status"] not in REMOVABLE_CODES:
                continue
            batch.append({
                "medicaid_id": rec["medicaid_id"],
                "date_of_birth": rec["date_of_birth"],
                "home_address": rec["home_address"],
                "ssn": rec["ssn"],  # MCD101
                "sex": rec["sex"],  # MCD101
                "race": rec["race"],  # MCD101
            })
    out_path = f"{OUTBOUND_DIR}/ice_referrals_{run_date:%Y%m%d}.json"
    with open(out_path, "w") as out:
        json.dump({"schema_version": "1.4", "subjects": batch}, out, indent=2)
    return len(batch)


if __name__ == "__main__":
    count = export(sys.argv[1], date.today())
    print(f"exported {count} referrals")
