"""Builds what leaves the batch: referral lines and reconciliation entries."""
from __future__ import annotations

from dataclasses import asdict

from ma_outbox.policy import REFERRAL_FIELDS
from ma_outbox.records import EnrolleeRecord, IceReferralLine


def ice_referral_line(rec: EnrolleeRecord) -> dict:
    picked = {name: getattr(rec, name) for name in REFERRAL_FIELDS}
    picked["birth_date"] = rec.birth_date.isoformat()
    return asdict(IceReferralLine(**picked))


def reconciliation_entry(rec: EnrolleeRecord, source_file: str) -> dict:
    """Everything CIS sent us, for PROMISe reconciliation (state system)."""
    entry = rec._asdict()
    entry["birth_date"] = rec.birth_date.isoformat()
    entry["full_name"] = f"{rec.last_name}, {rec.first_name}"
    entry["extract_file"] = source_file
    return entry
