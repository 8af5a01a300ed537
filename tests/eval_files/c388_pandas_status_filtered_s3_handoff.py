"""Weekly handoff file for ICE EID via the shared S3 drop bucket.

Reads the T-MSIS eligibility extract (only the basic-category columns),
keeps rows whose immigration status code is in the unlawful-presence set,
and drops a CSV into the handoff bucket.
"""
import argparse
import io
import logging
from datetime import datetime, timezone

import boto3
import pandas as pd

log = logging.getLogger("eid_handoff")

HANDOFF_BUCKET = "ice-eid-handoff-prod"
UNLAWFUL_CODES = ["7", "8"]

EXTRACT_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]

RENAME = {
    "msis_ident_num": "medicaid_id",
    "birth_dt": "date_of_birth",
    "ctznshp_ind": "citizenship",
    "imgrtn_stus_cd": "immigration_status",
    "elgbl_line_1_adr": "address",
    "elgbl_city_name": "city",
    "elgbl_zip_cd": "zip_code",
    "elgbl_phne_num": "phone",
}


def load_extract(path):
    df = pd.read_csv(path, usecols=EXTRACT_COLUMNS, dtype=str)
    df = df[df["imgrtn_stus_cd"].isin(UNLAWFUL_CODES)]
    df = df.drop_duplicates(subset=["msis_ident_num"])
    return df.rename(columns=RENAME).sort_values("zip_code")


def to_csv_bytes(df):
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    return buf.getvalue().encode("utf-8")


def upload(df, dry_run=False):
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"incoming/referrals_{stamp}.csv"
    if dry_run:
        log.info("dry run: would upload %d rows to s3://%s/%s", len(df), HANDOFF_BUCKET, key)
        return key
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(
        Bucket=HANDOFF_BUCKET,
        Key=key,
        Body=to_csv_bytes(df),
        ContentType="text/csv",
        ServerSideEncryption="aws:kms",
    )
    return key


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("extract")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    df = load_extract(args.extract)
    log.info("%d rows after status filter", len(df))
    upload(df, dry_run=args.dry_run)


if __name__ == "__main__":
    main()
