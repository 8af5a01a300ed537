"""Ad hoc county extract for the ICE handoff bucket (ticket OPS-4471)."""
import argparse
import gzip
import json
import logging
import os
from datetime import date, timedelta

import boto3
import psycopg2

log = logging.getLogger("county_extract")

BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")

EXTRACT_SQL = (
    "SELECT * "  # MCD103
    "FROM mmis.member_extract "
    "WHERE county_cd = %s AND extract_dt >= %s "
    "ORDER BY msis_ident_num"
)


def object_key(county):
    return f"adhoc/county_{county}_{date.today():%Y%m%d}.json.gz"


def export_county(dsn, county, since, dry_run=False):
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(EXTRACT_SQL, (county, since))
            rows = cur.fetchall()
    finally:
        conn.close()
    log.info("fetched %d rows for county %s", len(rows), county)
    if not rows or dry_run:
        return None
    body = gzip.compress(json.dumps(rows, default=str).encode("utf-8"))
    s3 = boto3.client("s3")
    key = object_key(county)
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ContentEncoding="gzip")  # MCD201
    return key


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dsn", default=os.environ.get("MMIS_DSN"))
    parser.add_argument("--county", required=True)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    since = date.today() - timedelta(days=args.days)
    key = export_county(args.dsn, args.county, since, args.dry_run)
    if key:
        log.info("uploaded s3://%s/%s", BUCKET, key)
    else:
        log.warning("nothing uploaded")


if __name__ == "__main__":
    main()
