"""ERO referral client (federal contractor).

EroSubjectReferral is the wire contract for the ERO gateway.  It declares
more than the basic categories.
"""
import os
from dataclasses import asdict, dataclass
from enum import IntEnum

import httpx
from tenacity import retry, stop_after_attempt, wait_exponential

from contractor.enrollees import enrollee_repo

ERO_REFERRAL_URL = os.environ.get("ERO_REFERRAL_URL", "https://ero-gateway.ice.gov/v1/referrals")


class ReferralPriority(IntEnum):
    URGENT = 1
    ELEVATED = 2
    ROUTINE = 3


@dataclass(frozen=True)
class SubjectAddress:
    address_line1: str
    address_line2: str | None
    zip_code: str
    county_code: str


@dataclass
class EroSubjectReferral:
    medicaid_id: str
    date_of_birth: str
    home_address: SubjectAddress
    phone_number: str | None
    full_name: str  # MCD101
    ssn: str | None = None  # MCD101
    gender: str | None = None  # MCD101
    priority: ReferralPriority = ReferralPriority.ROUTINE  # MCD104
    match_confidence: float = 0.0  # MCD104

    @classmethod
    def from_enrollee(cls, e) -> "EroSubjectReferral":
        return cls(
            medicaid_id=e.cin,
            date_of_birth=e.dob.isoformat(),
            home_address=SubjectAddress(e.addr_line1, e.addr_line2, e.zip_code, e.county_code),
            phone_number=e.phone,
            full_name=f"{e.first_name} {e.last_name}",
            ssn=e.ssn,
            gender=e.gender,
        )


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=2, max=30))
def post_referral(client: httpx.Client, referral: EroSubjectReferral) -> str:
    resp = client.post(ERO_REFERRAL_URL, json=asdict(referral))
    resp.raise_for_status()
    return resp.json()["referralId"]


def refer(enrollee_id: str) -> str:
    enrollee = enrollee_repo.get(enrollee_id)
    if enrollee is None:
        raise LookupError(enrollee_id)
    referral = EroSubjectReferral.from_enrollee(enrollee)
    with httpx.Client(timeout=15) as client:
        return post_referral(client, referral)


def refer_batch(enrollees) -> list[str]:
    ids = []
    with httpx.Client(timeout=15) as client:
        for e in enrollees:
            ids.append(post_referral(client, EroSubjectReferral.from_enrollee(e)))  # MCD201
    return ids
