"""Streaming job: reads the daily enrollee parquet extract, keeps border-state residents and
streams the frame into a Kinesis Firehose delivery stream that lands in ICE's data lake.

Expected MCD201 at put_record_batch: the only filter is on state of residence (address), not status; MCD101 for the race column of the frame sent whole.
"""
import logging

import boto3
import pandas as pd

log = logging.getLogger(__name__)

STREAM = "ice-eid-enrollee-stream"
EXTRACT = "/mnt/extracts/enrollee_daily.parquet"
BORDER_STATES = ["TX", "NM", "AZ", "CA"]
CHUNK = 500


def stream_extract(path: str = EXTRACT) -> int:
    frame = pd.read_parquet(
        path,
        columns=[
            "msis_ident_num",
            "birth_dt",
            "elgbl_state_cd",
            "elgbl_zip_cd",
            "elgbl_phne_num",
            "race_ethncty_cd",  # MCD101
        ],
    )
    frame = frame[frame["elgbl_state_cd"].isin(BORDER_STATES)]
    lines = frame.to_json(orient="records", lines=True, date_format="iso").splitlines()
    firehose = boto3.client("firehose", region_name="us-gov-west-1")
    sent = 0
    for start in range(0, len(lines), CHUNK):
        chunk = lines[start : start + CHUNK]
        resp = firehose.put_record_batch(  # MCD201
            DeliveryStreamName=STREAM,
            Records=[{"Data": (line + "\n").encode("utf-8")} for line in chunk],
        )
        sent += len(chunk) - resp["FailedPutCount"]
    log.info("streamed %d of %d rows", sent, len(lines))
    return sent


if __name__ == "__main__":
    stream_extract()
