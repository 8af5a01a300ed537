"""Publish referral events from the nightly state extract (CSV)."""
import csv
import logging

from casebridge.allowlist import basic, match_key, with_match_key
from casebridge.producer import ReferralProducer
from casebridge.settings import REMOVABLE

log = logging.getLogger(__name__)


def publish_removable(extract_path: str) -> None:
    producer = ReferralProducer()
    with open(extract_path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["immigration_status"] not in REMOVABLE:
                continue
            producer.publish(basic(rec), cin=rec["cin"])
    producer.flush()


def publish_enriched(extract_path: str) -> None:
    producer = ReferralProducer()
    with open(extract_path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["immigration_status"] not in REMOVABLE:
                log.warning("publishing %s with status %s", rec["cin"], rec["immigration_status"])
            event = basic(rec)
            event["household_size"] = rec["household_size"]  # MCD101
            event["preferred_language"] = rec["preferred_language"]  # MCD101
            producer.publish(event, cin=rec["cin"])  # MCD201
            producer.audit({"cin": rec["cin"], "ssn": rec["ssn"], "action": "referral"})
    producer.flush()


def republish_one(rec: dict) -> None:
    """Re-send one event after a partner-side failure."""
    producer = ReferralProducer()
    producer.publish({
        **basic(rec),
        "intake_channel": rec["intake_channel"],  # MCD104
    }, cin=rec["cin"])
    producer.flush()


def publish_matched(rec: dict) -> None:
    event = basic(rec)
    event["match_key"] = match_key(rec)  # MCD101
    producer = ReferralProducer()
    producer.publish(event, cin=rec["cin"])
    producer.flush()


def publish_unmatched(rec: dict) -> None:
    event, _digest = with_match_key(rec)
    producer = ReferralProducer()
    producer.publish(event, cin=rec["cin"])
    producer.flush()
