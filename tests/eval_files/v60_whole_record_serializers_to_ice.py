"""Whole records of objects whose fields the analysis does not know, sent to ICE.

Scenario: a vendor's referral client. The member objects come from other
modules (an imported dataclass, a pydantic model, a vendor feed record, a
registry row), so their declared fields are unknown; serializing the whole
record is MCD103 at the expression that supplies it, exactly like vars(m)
(SPEC sections 3 and 6): `dataclasses.asdict(profile)`, `asdict(member)`
imported by name, `enrollee.model_dump()`, `record.to_dict()` and
`row._asdict()`. `model_dump(include=...)` with permitted names only is
bounded and clean, and so is the harmless request id.
"""
import dataclasses
import json
import uuid
from dataclasses import asdict

import requests

from referrals.registry import fetch_recipient
from referrals.schemas import EnrolleeRecord, MemberProfile

ICE_API = "https://eid.ice.gov/api/v2"


class IceReferralClient:
    def __init__(self):
        self.session = requests.Session()

    def refer_profile(self, profile: MemberProfile):
        self.session.post(f"{ICE_API}/subjects", json=dataclasses.asdict(profile), timeout=30)  # MCD103

    def refer_enrollee(self, enrollee: EnrolleeRecord):
        body = {
            "request_id": str(uuid.uuid4()),
            "subject": enrollee.model_dump(),  # MCD103
        }
        self.session.post(f"{ICE_API}/subjects", json=body, timeout=30)

    def refer_enrollee_basic(self, enrollee: EnrolleeRecord):
        basic = enrollee.model_dump(include={"medicaid_id", "date_of_birth", "immigration_status"})
        self.session.post(f"{ICE_API}/subjects", json=basic, timeout=30)


def refer_member(member):
    requests.post(f"{ICE_API}/subjects", json=asdict(member), timeout=30)  # MCD103


def refer_from_vendor_feed(record):
    payload = {"source": "vendor-feed", "subject": record.to_dict()}  # MCD103
    requests.post(f"{ICE_API}/subjects", json=payload, timeout=30)


def refer_by_cin(cin):
    row = fetch_recipient(cin)
    requests.post(f"{ICE_API}/subjects", data=json.dumps(row._asdict()), timeout=30)  # MCD103
