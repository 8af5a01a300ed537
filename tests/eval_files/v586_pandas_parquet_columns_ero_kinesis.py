"""County extract read from Parquet with an explicit column list and streamed to the ERO Kinesis stream.

Scenario: an analytics contractor's job reads the state's enrollee Parquet
extract with ``pd.read_parquet(columns=EXTRACT_COLUMNS)``, keeps one
county, sorts by immigration status code, converts the frame with
``to_dict("records")`` and puts the rows on the Kinesis stream
``ero-leads-stream`` in chunks of 500.

Destination: the stream name ``ero-leads-stream`` contains the token
``ero`` (SPEC 4); ``Records`` / ``Data`` of Kinesis ``put_records`` carry
data.

Expected findings:
- ``columns=`` of the DataFrame read is a column list; each name is a
  placement at its own line in ``EXTRACT_COLUMNS`` (SPEC 3 "Column lists ...
  ``usecols``/``columns=``"):
  * ``"SEX_CD"`` -> sex, MCD101;
  * ``"ELGBL_1ST_NAME"`` -> name, MCD101;
  * ``"DGNS_CD"`` -> diagnosis (health), MCD102.
  The other columns are permitted (medicaid-fields.tsv).
- MCD201 at ``put_records``: a DataFrame is a bulk source and the chunks
  built from it are sent in the loop; the county filter and the
  ``sort_values`` on ``IMGRTN_STUS_CD`` are not conditions on status
  (SPEC 10 "Sorting by a status column, or sending it, is not a
  condition").
"""
from __future__ import annotations

import json
import logging
import os
import sys

import boto3
import pandas as pd

log = logging.getLogger("analytics.ero_stream")

ERO_STREAM = os.environ.get("ERO_STREAM", "ero-leads-stream")
REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
CHUNK = 500

EXTRACT_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR",
    "ELGBL_ZIP_CD",
    "ELGBL_CNTY_CD",
    "ELGBL_PHNE_NUM",
    "IMGRTN_STUS_CD",
    "SEX_CD",  # MCD101
    "ELGBL_1ST_NAME",  # MCD101
    "DGNS_CD",  # MCD102
]


def load_county(path, county):
    df = pd.read_parquet(path, columns=EXTRACT_COLUMNS)
    df = df[df["ELGBL_CNTY_CD"] == county]
    df = df.sort_values(["IMGRTN_STUS_CD", "MSIS_IDENT_NUM"])
    df["BIRTH_DT"] = pd.to_datetime(df["BIRTH_DT"]).dt.strftime("%Y-%m-%d")
    return df


def stream_county(path, county):
    kinesis = boto3.client("kinesis", region_name=REGION)
    frame = load_county(path, county)
    items = frame.to_dict("records")
    shipped = failed = 0
    for start in range(0, len(items), CHUNK):
        chunk = [
            {"Data": json.dumps(r, default=str).encode("utf-8"), "PartitionKey": str(r["MSIS_IDENT_NUM"])}
            for r in items[start : start + CHUNK]
        ]
        resp = kinesis.put_records(StreamName=ERO_STREAM, Records=chunk)  # MCD201
        failed += resp.get("FailedRecordCount", 0)
        shipped += len(chunk)
    log.info("county %s: %d rows shipped, %d failed", county, shipped, failed)
    return shipped, failed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    stream_county(sys.argv[1], sys.argv[2])
