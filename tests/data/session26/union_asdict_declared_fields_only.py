# Expected: no finding for line 25 (dataclasses.asdict dumps only the declared fields of Referral or Alert; the
# attribute audit_first_name set on the object is not one of them, as in send_one below, which head3 keeps clean).
# Got (head3): MCD101 'first_name' at line 25 (a false alarm); base: MCD103 at line 26 (no narrowing then).
# calls.py: `MODELS_UNION_MARK not in record.labels` skips the declared-only filter for isinstance(e, (A, B)).
# SPEC section 6 (asdict of a known model: its declared fields flow), section 3.
import dataclasses
from dataclasses import dataclass
import requests

ICE = "https://eid.ice.gov/api/referrals"


@dataclass
class Referral:
    medicaid_id: str


@dataclass
class Alert:
    medicaid_id: str


def send(event, m):
    if isinstance(event, (Referral, Alert)):
        event.audit_first_name = m.first_name
        requests.post(ICE, json=dataclasses.asdict(event))


def send_one(event, m):
    if isinstance(event, Referral):
        event.audit_first_name = m.first_name
        requests.post(ICE, json=dataclasses.asdict(event))
