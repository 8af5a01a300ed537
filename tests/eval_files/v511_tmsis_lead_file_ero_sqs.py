"""Vendor lead-match file pushed to an ERO SQS queue, one message per row (violating).

Scenario: an analytics vendor matches the state's T-MSIS eligibility file
against a commercial address database and produces a pipe-delimited "lead"
file with a match ``score``.  A forwarder reads that file and sends every
row that passes a data-quality gate to the SQS queue ``ero-referrals``.  It
adds the enrollee's last name and sex code to each message and passes the
vendor's score through.  A missing immigration status is only logged, and
a blank one is replaced by ``UNKNOWN`` in the body: neither decides whether
the row is sent.

Destination: ``ERO_QUEUE_URL``'s last path segment ``ero-referrals`` holds
the ``ero`` token (SPEC section 4).  ``MessageBody`` is data (SPEC section
4); ``MessageAttributes`` carry only the MSIS id (permitted) and constants.

Expected findings:
- ``"last_name": row["ELGBL_LAST_NAME"]``: name, MCD101 (SPEC section 3).
- ``"sex_cd": row["SEX_CD"]``: sex, MCD101.
- ``"score": row["score"]``: ``score`` is in no vocabulary and not harmless;
  the order is an allow-list, so MCD104 (SPEC section 3; SPEC section 6
  uses ``row["score"]`` as its own example of an unknown field).
- ``sqs.send_message(...)`` inside the loop over ``csv.DictReader`` rows
  (a bulk source): conditions test only the MSIS id, the birth date and the
  county, so MCD201 at the sink call (SPEC section 10).
Not findings: MSIS id, birth date, address line, city, ZIP, phone and
immigration status are permitted; ``QUEUE_SCHEMA`` is a constant.
"""
import csv
import json
import logging
import re
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ERO_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/111122223333/ero-referrals"
QUEUE_SCHEMA = "lead.v3"
COUNTY_ALLOWLIST = {"001", "013", "019", "029", "037", "065", "071", "073"}
MSIS_RE = re.compile(r"^[0-9A-Z]{9,12}$")

log = logging.getLogger("leads.forwarder")
sqs = boto3.client("sqs", config=Config(region_name="us-east-1", retries={"max_attempts": 10}))


def _quality_gate(row: dict) -> bool:
    if not MSIS_RE.match(row.get("MSIS_IDENT_NUM", "")):
        return False
    if len(row.get("BIRTH_DT", "")) != 8:
        return False
    return row.get("ELGBL_CNTY_CD") in COUNTY_ALLOWLIST


def _phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw or "")
    return digits[-10:]


def forward(path: str) -> dict:
    stats = {"read": 0, "sent": 0, "rejected": 0, "errors": 0}
    with open(path, newline="", encoding="latin-1") as fh:
        reader = csv.DictReader(fh, delimiter="|")
        for row in reader:
            stats["read"] += 1
            if not _quality_gate(row):
                stats["rejected"] += 1
                continue
            if not row.get("IMGRTN_STUS_CD"):
                log.warning("row %d: no immigration status", stats["read"])
            body = {
                "schema": QUEUE_SCHEMA,
                "msis_ident_num": row["MSIS_IDENT_NUM"],
                "birth_dt": row["BIRTH_DT"],
                "elgbl_line_1_adr": row["ELGBL_LINE_1_ADR"].strip().upper(),
                "elgbl_city_name": row["ELGBL_CITY_NAME"],
                "elgbl_zip_cd": row["ELGBL_ZIP_CD"][:5],
                "elgbl_phne_num": _phone(row["ELGBL_PHNE_NUM"]),
                "immigration_status": row.get("IMGRTN_STUS_CD") or "UNKNOWN",
                "last_name": row["ELGBL_LAST_NAME"],  # MCD101
                "sex_cd": row["SEX_CD"],  # MCD101
                "score": row["score"],  # MCD104
            }
            attrs = {"msis_ident_num": {"DataType": "String", "StringValue": row["MSIS_IDENT_NUM"]}}
            for attempt in range(3):
                try:
                    sqs.send_message(QueueUrl=ERO_QUEUE_URL, MessageBody=json.dumps(body), MessageAttributes=attrs)  # MCD201
                    stats["sent"] += 1
                    break
                except ClientError as exc:
                    code = exc.response.get("Error", {}).get("Code", "")
                    if code != "ThrottlingException" or attempt == 2:
                        log.error("row %d not sent: %s", stats["read"], code)
                        stats["errors"] += 1
                        break
                    time.sleep(2 ** attempt)
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    result = forward(sys.argv[1])
    log.info("forwarder finished: %s", result)
    sys.exit(1 if result["errors"] else 0)
