"""Monthly TAF demographic extract for the information-exchange agreement.

Reads the TAF demographic/eligibility base table for the submitting state in
chunks, writes one gzip CSV, and uploads it to the agreement's hand-off
bucket.  Only enrollees with at least one day of Medicaid enrollment in the
reference year are extracted.
"""
from __future__ import annotations

import argparse
import gzip
import logging
import os
import tempfile
from pathlib import Path

import boto3
import pandas as pd
from botocore.exceptions import ClientError
from sqlalchemy import create_engine

log = logging.getLogger("taf.extract")

TAF_DB_URL = os.environ.get("TAF_DB_URL", "postgresql+psycopg2://taf_ro@taf.mmis.internal/taf")
HANDOFF_BUCKET = "ice-eid-handoff-prod"
CHUNK_ROWS = 50_000

EXTRACT_SQL = (
    "SELECT msis_ident_num, "
    "       birth_dt, "
    "       ssn_num, "  # MCD101
    "       elgbl_line_1_adr_home, "
    "       elgbl_city_name_home, "
    "       elgbl_zip_cd_home, "
    "       elgbl_phne_num_home, "
    "       ctznshp_ind, "
    "       imgrtn_stus_cd "
    "  FROM taf.de_base "
    " WHERE submtg_state_cd = %(state)s "
    "   AND rfrnc_yr = %(year)s "
    "   AND mdcd_enrlmt_days_yr > 0 "
    " ORDER BY imgrtn_stus_cd, msis_ident_num"
)


def run(state: str, year: int, month: int) -> int:
    engine = create_engine(TAF_DB_URL)
    total = 0
    with tempfile.TemporaryDirectory(prefix="taf-") as tmp:
        out = Path(tmp) / f"taf_de_{year}{month:02d}.csv.gz"
        with engine.connect() as conn, gzip.open(out, "wt", newline="") as fh:
            chunks = pd.read_sql(
                EXTRACT_SQL,
                conn,
                params={"state": state, "year": year},
                chunksize=CHUNK_ROWS,
            )
            for i, chunk in enumerate(chunks):
                chunk.to_csv(fh, header=(i == 0), index=False)
                total += len(chunk)
                log.info("chunk %d written (%d rows so far)", i, total)

        if total == 0:
            log.warning("no rows for state %s year %d; nothing uploaded", state, year)
            return 0

        s3 = boto3.client("s3", region_name="us-gov-west-1")
        try:
            s3.upload_file(str(out), HANDOFF_BUCKET, f"taf/{year}/{month:02d}/{out.name}")  # MCD201
        except ClientError:
            log.exception("upload failed; the extract is discarded with the temp dir")
            raise
        finally:
            log.info("extract %s: %d rows", out.name, total)
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--state", required=True)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--month", type=int, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    run(args.state, args.year, args.month)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
