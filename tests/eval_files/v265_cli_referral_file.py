"""CLI: turn a county caseload CSV into an ICE referral file and PUT it to eid.ice.gov.
Rows come from csv.DictReader and are written with csv.DictWriter to ice_referrals_<county>.csv.
DictWriter fieldnames are a column list, each name reported at its own line (SPEC 3):
first_name MCD101 (name), aid_code MCD101 (eligibility), PRGNT_IND MCD102 (pregnancy);
cin/dob/zip_code are permitted. MCD201 at requests.put: a CSV reader is a bulk source, the file is
written from it and uploaded later with only a county test, not an immigration-status test
(SPEC 10: a file written from a bulk source and uploaded is reported at the upload).
"""
import argparse
import csv
import datetime as dt
import sys

import requests

ICE_UPLOAD_URL = "https://eid.ice.gov/bulk/v1/upload"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Build and upload the county referral file.")
    p.add_argument("caseload", help="county caseload CSV exported from MEDS")
    p.add_argument("--county", required=True, help="FIPS county code to include")
    p.add_argument("--dry-run", action="store_true", help="write the file, do not upload")
    return p.parse_args(argv)


def build_and_upload(src_path, out_path, county, dry_run=False):
    written = 0
    with open(src_path, newline="") as src, open(out_path, "w", newline="") as out:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(
            out,
            fieldnames=[
                "cin",
                "dob",
                "first_name",  # MCD101
                "aid_code",  # MCD101
                "zip_code",
                "PRGNT_IND",  # MCD102
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in reader:
            if row.get("county_code") != county:
                continue
            writer.writerow(row)
            written += 1
    print(f"wrote {written} referral rows to {out_path}", file=sys.stderr)
    if dry_run:
        return written
    with open(out_path, "rb") as fh:
        resp = requests.put(ICE_UPLOAD_URL, data=fh, timeout=120)  # MCD201
    resp.raise_for_status()
    return written


def main(argv=None):
    args = parse_args(argv)
    stamp = dt.date.today().strftime("%Y%m%d")
    out_path = "ice_referrals_%s_%s.csv" % (args.county, stamp)
    build_and_upload(args.caseload, out_path, args.county, dry_run=args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
