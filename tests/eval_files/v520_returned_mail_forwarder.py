"""Returned-mail address updates from the notices vendor forwarded to ICE (violating).

Scenario: the mailing vendor that prints Medicaid renewal notices returns a
daily CSV of returned mail with USPS forwarding addresses.  The agency's
notices team already applies those updates to its own case system; a new
function forwards every forwarded address to an ICE subject-update API, and
a separate command notifies the ERO liaison topic about one member.

Destinations: ``ICE_SUBJECTS_BASE`` folds to ``eid.ice.gov`` (``*.ice.gov``);
``LIAISON_TOPIC_ARN``'s resource part ``ice-eid-returned-mail`` holds the
``ice`` token (SPEC section 4).  ``CASE_SYSTEM_URL`` is the agency's own host
on ``ohio.gov`` (non-enforcement).

Expected findings:
- The ``url = f"...{hashlib.sha256(row['ssn'].encode()).hexdigest()}"`` line:
  a field that enters a URL is reported where it entered, and hashing keeps
  the SSN's name (SPEC section 6), MCD101.  ``_put_json`` (same module)
  sends the URL and body; the fields are reported at their placements in the
  caller (SPEC section 6).
- ``"mailing_label": row["mailing_label"]``: a composite of name and
  address, MCD101 (reference vocabulary: ``mailing_label`` is ``mixed``, no
  health part).
- ``forward_to_ice(row)`` in the loop over ``csv.DictReader`` rows (bulk
  source): its parameter reaches an enforcement sink and the only
  condition is on the return reason, so MCD201 at that call (SPEC section
  10, "Helpers").
- ``"notice_language": event["preferred_language"]``: language, MCD101, in
  the SNS ``Message`` (SPEC section 4).  One event from one file: not bulk.
Not findings: cin, the forwarding address and phone are permitted; the
case-system update goes to a state host; ``Subject`` is a constant.
"""
import csv
import hashlib
import json
import logging
import sys
import time

import boto3
import requests

ICE_SUBJECTS_BASE = "https://eid.ice.gov/api/v1/subjects"
CASE_SYSTEM_URL = "https://benefits.jfs.ohio.gov/api/cases/address-updates"
LIAISON_TOPIC_ARN = "arn:aws:sns:us-east-2:444455556666:ice-eid-returned-mail"
FORWARDED = "FORWARDED"

log = logging.getLogger("notices.returned_mail")
http = requests.Session()
sns = boto3.client("sns", region_name="us-east-2")


def _put_json(url: str, body: dict) -> int:
    for attempt in range(4):
        try:
            resp = http.put(url, json=body, timeout=20)
        except requests.RequestException as exc:
            log.warning("PUT failed (%s), attempt %d", exc, attempt + 1)
            time.sleep(2 ** attempt)
            continue
        if resp.status_code >= 500:
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        return resp.status_code
    raise RuntimeError("endpoint unavailable")


def _normalize(addr: str) -> str:
    return " ".join(addr.replace(".", "").upper().split())


def update_case_system(row: dict) -> None:
    body = {"cin": row["cin"], "ssn": row["ssn"], "member_name": row["member_name"],
            "new_address": _normalize(row["forwarding_address"])}
    _put_json(CASE_SYSTEM_URL, body)


def forward_to_ice(row: dict) -> None:
    url = f"{ICE_SUBJECTS_BASE}/{hashlib.sha256(row['ssn'].encode()).hexdigest()}/address"  # MCD101
    body = {
        "medicaid_id": row["cin"],
        "forwarding_address": _normalize(row["forwarding_address"]),
        "mailing_label": row["mailing_label"],  # MCD101
    }
    _put_json(url, body)


def process_vendor_file(path: str) -> dict:
    stats = {"rows": 0, "forwarded": 0}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            stats["rows"] += 1
            if row.get("return_reason") != FORWARDED:
                continue
            update_case_system(row)
            forward_to_ice(row)  # MCD201
            stats["forwarded"] += 1
    return stats


def notify_liaison(event_path: str) -> None:
    with open(event_path, encoding="utf-8") as fh:
        event = json.load(fh)
    message = {
        "medicaid_id": event["cin"],
        "phone": event["phone"],
        "notice_language": event["preferred_language"],  # MCD101
    }
    sns.publish(TopicArn=LIAISON_TOPIC_ARN, Message=json.dumps(message), Subject="Returned mail")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if sys.argv[1] == "notify":
        notify_liaison(sys.argv[2])
    else:
        log.info("done: %s", process_vendor_file(sys.argv[1]))
