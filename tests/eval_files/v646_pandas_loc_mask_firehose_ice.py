"""Monthly referral feed to the ICE Firehose stream from a status-masked DataFrame.

Scenario: a state Medicaid agency's analytics team reads the monthly
eligibility extract with pandas (``usecols`` of permitted columns only),
keeps the rows whose qualified non-citizen status is "N" and who are not
U.S. citizens with a boolean mask in ``.loc``, and pushes the records in
batches of 500 to the Kinesis Firehose delivery stream
``ice-eid-referral-feed``.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``usecols`` is a column list of permitted names only (Medicaid ID, birth
  date, address line, city, ZIP, phone, qualified non-citizen status,
  citizenship), so ``to_dict("records")`` carries only those
  (SPEC sections 3 and 6).
- Population scope: the ``.loc`` mask tests ``qualified_non_citizen_status``
  and ``us_citizen`` (immigration status and citizenship) between the
  DataFrame (a bulk source) and the send, in the function that builds the
  frame, which clears the bulk send in ``push`` (SPEC section 10, a filter
  on a DataFrame column of that category).
- ``push`` is called from ``main`` with the masked frame only;
  ``DeliveryStreamName`` and the record framing are transfer details.
"""
from __future__ import annotations

import json
import logging
import sys

import boto3
import pandas as pd

log = logging.getLogger("analytics.ice_feed")

ICE_FEED_STREAM = "ice-eid-referral-feed"
FIREHOSE_BATCH = 500
USECOLS = [
    "medicaid_id",
    "birth_date",
    "address_line1",
    "city",
    "zip_code",
    "phone_number",
    "qualified_non_citizen_status",
    "us_citizen",
]


def referral_frame(extract_path: str) -> pd.DataFrame:
    df = pd.read_csv(extract_path, usecols=USECOLS, dtype=str, keep_default_na=False)
    mask = df["qualified_non_citizen_status"].eq("N") & ~df["us_citizen"].eq("Y")
    return df.loc[mask].drop_duplicates(subset="medicaid_id")


def push(frame: pd.DataFrame) -> int:
    firehose = boto3.client("firehose", region_name="us-gov-west-1")
    records = frame.to_dict(orient="records")
    sent = 0
    for start in range(0, len(records), FIREHOSE_BATCH):
        batch = records[start:start + FIREHOSE_BATCH]
        resp = firehose.put_record_batch(
            DeliveryStreamName=ICE_FEED_STREAM,
            Records=[{"Data": (json.dumps(r) + "\n").encode("utf-8")} for r in batch],
        )
        if resp["FailedPutCount"]:
            log.error("%d records failed in batch at offset %d", resp["FailedPutCount"], start)
        sent += len(batch) - resp["FailedPutCount"]
    return sent


def main(extract_path: str) -> int:
    frame = referral_frame(extract_path)
    if frame.empty:
        log.info("no in-scope records in %s", extract_path)
        return 0
    sent = push(frame)
    log.info("pushed %d of %d records", sent, len(frame))
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])
