"""Streams the monthly T-MSIS eligible-file CSV to the ICE EID Kinesis
intake stream as JSON lines, 500 records per put_records call, through a
generator that projects each CSV row.

VIOLATING. The stream name ice-eid-intake-stream contains the whole-word
token "ice" (SPEC 4); Records' Data is the data sent.
- project(): dict entries of the yielded record (SPEC 3; generators and
  itertools.batched pass names on, SPEC 6): "sex_cd" MCD101 (sex),
  "prmry_lang_cd" MCD101 (language), "tpl_insrnc_cvrg_ind" MCD101
  (third_party_liability, reference README).
- stream_all(): every row of the csv.DictReader (bulk source) reaches the
  put_records call in the loop with no condition on status or citizenship:
  MCD201 at that call (SPEC 10).
Clean twin: stream_status_matched() uses project_basic(), which `continue`s
on IMGRTN_STUS_CD before yielding (a condition on the path, SPEC 10) and
yields permitted fields only. PartitionKey carries MSIS_IDENT_NUM
(permitted).
"""
import argparse
import csv
import json
import logging
from itertools import batched

import boto3

log = logging.getLogger("tmsis.kinesis")

ICE_STREAM = "ice-eid-intake-stream"
BATCH_SIZE = 500
UNLAWFUL_STATUS_CODES = frozenset({"3"})

kinesis = boto3.client("kinesis", region_name="us-gov-west-1")


def project(rows):
    for row in rows:
        yield {
            "msis_ident_num": row["MSIS_IDENT_NUM"],
            "birth_dt": row["BIRTH_DT"],
            "elgbl_zip_cd": row["ELGBL_ZIP_CD"],
            "elgbl_phne_num": row["ELGBL_PHNE_NUM"],
            "sex_cd": row["SEX_CD"],  # MCD101
            "prmry_lang_cd": row["PRMRY_LANG_CD"],  # MCD101
            "tpl_insrnc_cvrg_ind": row["TPL_INSRNC_CVRG_IND"],  # MCD101
        }


def project_basic(rows):
    for row in rows:
        if row["IMGRTN_STUS_CD"] not in UNLAWFUL_STATUS_CODES:
            continue
        yield {
            "msis_ident_num": row["MSIS_IDENT_NUM"],
            "birth_dt": row["BIRTH_DT"],
            "elgbl_zip_cd": row["ELGBL_ZIP_CD"],
            "elgbl_phne_num": row["ELGBL_PHNE_NUM"],
            "imgrtn_stus_cd": row["IMGRTN_STUS_CD"],
        }


def to_records(chunk) -> list:
    return [
        {"Data": (json.dumps(rec) + "\n").encode("utf-8"), "PartitionKey": rec["msis_ident_num"]}
        for rec in chunk
    ]


def stream_all(csv_path: str) -> int:
    sent = 0
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for chunk in batched(project(csv.DictReader(fh)), BATCH_SIZE):
            entries = to_records(chunk)
            kinesis.put_records(StreamName=ICE_STREAM, Records=entries)  # MCD201
            sent += len(entries)
    return sent


def stream_status_matched(csv_path: str) -> int:
    sent = 0
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for chunk in batched(project_basic(csv.DictReader(fh)), BATCH_SIZE):
            entries = to_records(chunk)
            kinesis.put_records(StreamName=ICE_STREAM, Records=entries)
            sent += len(entries)
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description="Stream T-MSIS eligible rows to EID")
    parser.add_argument("csv_path")
    parser.add_argument("--all-rows", action="store_true", help="legacy full-file mode")
    args = parser.parse_args()
    if args.all_rows:
        sent = stream_all(args.csv_path)
    else:
        sent = stream_status_matched(args.csv_path)
    log.info("put %d records on %s", sent, ICE_STREAM)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
