"""Nightly batch script: sends only the permitted categories to ICE through an allow-list, and only for
people whose recorded status the order covers (clean)."""

import csv
import sys

import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "home_address", "phone_number", "date_of_birth")
IN_SCOPE = ("EWI", "OVERSTAY")  # the statuses counsel confirmed the order covers


def main(path: str) -> None:
    with open(path, newline="") as fh:
        for record in csv.DictReader(fh):
            if record.get("immigration_status") not in IN_SCOPE:
                continue
            body = {k: v for k, v in record.items() if k in ALLOWED}
            requests.post(ICE_URL, json=body, timeout=30)


if __name__ == "__main__":
    main(sys.argv[1])
