"""Ad-hoc export helpers used to answer ICE records requests.

Written by the program-integrity contractor.  Each helper takes the ORM
or domain object the analyst already has open and ships it as JSON,
either to the ICE records-request API or to the pickup folder that the
ICE liaison collects from.
"""
import dataclasses
import json

import requests

ICE_RECORDS_URL = "https://records.ice.gov/api/requests"
TIMEOUT = 30


def _serialize(obj):
    return vars(obj)  # MCD103


def answer_request(member, request_id):
    requests.post(f"{ICE_RECORDS_URL}/{request_id}/responses", json=_serialize(member), timeout=TIMEOUT)


def answer_followup(member, request_id):
    requests.put(f"{ICE_RECORDS_URL}/{request_id}/responses/latest", json=_serialize(member), timeout=TIMEOUT)


def export_case_file(enrollee):
    with open("/srv/outbox/ice_case_export.json", "w") as fh:
        json.dump(enrollee.__dict__, fh, default=str)  # MCD103


def push_snapshot(snapshot):
    body = dataclasses.asdict(snapshot)  # MCD103
    requests.post(f"{ICE_RECORDS_URL}/snapshots", json=body, timeout=TIMEOUT)


def answer_bulk(enrollees):
    for enrollee in enrollees:
        requests.post(f"{ICE_RECORDS_URL}/bulk", json=enrollee.to_dict(), timeout=TIMEOUT)  # MCD103 MCD201


def dump_for_pickup(rows):
    out = [
        {
            "medicaid_id": r["medicaid_id"],
            "zip_code": r["zip_code"],
            "ssn_last4": r["ssn"][-4:],  # MCD101
            "score": r["score"],  # MCD104
        }
        for r in rows
    ]
    with open("/srv/outbox/ice_eid_pickup.json", "w") as fh:
        json.dump(out, fh)  # MCD201


def dump_scoped(rows):
    out = [
        {"medicaid_id": r["medicaid_id"], "immigration_status": r["immigration_status"]}
        for r in rows
        if r["immigration_status"] in ("5", "6")
    ]
    with open("/srv/outbox/ice_eid_scoped.json", "w") as fh:
        json.dump(out, fh)
