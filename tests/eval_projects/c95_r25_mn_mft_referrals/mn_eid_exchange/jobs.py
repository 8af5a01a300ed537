"""Nightly MN DHS jobs: ICE status referrals, MN-ITS sync and the MFT extract.

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- nightly_referrals sends to ICE_EID_REFERRAL_URL (eid.ice.gov, an
  enforcement endpoint), but the body comes from sanitize.build_ice_referral,
  which is `{name: getattr(member, name) for name in REFERRAL_FIELDS}` and
  REFERRAL_FIELDS (imported from settings.py) is a constant tuple of six
  permitted names: medicaid_id, date_of_birth, home_address, phone_number,
  citizenship_status, immigration_status (SPEC section 6, sanitizers;
  section 1, permitted categories).  build_ice_referral is named for ICE
  (section 4) but returns only those permitted names.
- Population scope (section 10): the member rows come from
  select(Member).where(Member.immigration_status.in_(UNLAWFUL_STATUS_CODES))
  and each one is also guarded by `if not is_unlawfully_present(member):
  continue`, a project function named for the condition that tests the
  immigration_status field.
- sync_member sends SSN, names and a diagnosis through `dhs_client`, a
  DhsMnitsClient whose base_url is set in __init__ from
  MNITS_BASE_URL = "https://mn-its.dhs.state.mn.us": a *.state.mn.us host
  on the non-enforcement list, which overrides the `dhs` name signal
  (section 4, the SPEC's own mn-its example).  It is also one member
  looked up by id, not a bulk send.
- nightly_mft_extract writes SSN and diagnosis columns (DictWriter
  fieldnames) to mmis_member_extract.csv (no enforcement token in the
  file name) and uploads it with MftUploader to MN_DHS_MFT_HOST =
  "mft.dhs.state.mn.us" (state host; `dhs` sits next to the postal code
  `mn` in the settings name): not an enforcement destination (section 4).
"""
import csv
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from mn_eid_exchange import build_ice_referral, is_unlawfully_present
from mn_eid_exchange.models import Member
from mn_eid_exchange.transport import DhsMnitsClient, EidReferralClient, MftUploader

from .settings import OUTBOUND_DIR, UNLAWFUL_STATUS_CODES

EXTRACT_FIELDS = [
    "medicaid_id",
    "ssn",
    "first_name",
    "last_name",
    "date_of_birth",
    "home_address",
    "primary_diagnosis",
]


def nightly_referrals(session: Session) -> int:
    """Refer members recorded as not lawfully present to ICE EID."""
    eid = EidReferralClient()
    stmt = select(Member).where(Member.immigration_status.in_(UNLAWFUL_STATUS_CODES))
    sent = 0
    for member in session.scalars(stmt):
        if not is_unlawfully_present(member):
            continue
        eid.submit(build_ice_referral(member))
        sent += 1
    return sent


def sync_member(session: Session, medicaid_id: str) -> None:
    """Push one member's eligibility record to MN-ITS (state system)."""
    member = session.get(Member, medicaid_id)
    dhs_client = DhsMnitsClient()
    dhs_client.push_eligibility({
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "date_of_birth": member.date_of_birth.isoformat(),
        "primary_diagnosis": member.primary_diagnosis,
    })


def nightly_mft_extract(session: Session) -> str:
    """Full member extract for the state data warehouse, via MOVEit."""
    local_path = os.path.join(OUTBOUND_DIR, "mmis_member_extract.csv")
    with open(local_path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXTRACT_FIELDS)
        writer.writeheader()
        for member in session.scalars(select(Member)):
            writer.writerow({f: getattr(member, f) for f in EXTRACT_FIELDS})
    MftUploader().upload(local_path, "mmis_member_extract.csv")
    return local_path


def main() -> None:
    from sqlalchemy import create_engine

    engine = create_engine(os.environ["MMIS_REPLICA_DSN"])
    with Session(engine) as session:
        nightly_referrals(session)
        nightly_mft_extract(session)
