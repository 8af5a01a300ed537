"""County sweep that refers only members not lawfully present, via a guarded helper.

Scenario: a state agency's referral sweep loops over one county's open
members (SQLAlchemy ORM) and calls ``_refer_if_removable`` for each. The
helper returns early unless the member's lawful-presence status is
"NOT_LAWFULLY_PRESENT", then posts the permitted fields to ICE with
httpx. The ORM model also maps SSN and diagnosis columns used elsewhere.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the loop over ``session.execute(select(Member)...)``
  (a bulk source) calls a helper whose parameter reaches an enforcement
  sink, but the helper's ``if ... != ...: return`` on
  ``lawful_presence_status`` (immigration status) guards the send, so
  there is a condition on the path from the source to the send (SPEC
  section 10: "an ``if``/``continue`` ... condition on one"; "a branch
  that ends in ``return`` does not flow past its end", SPEC section 6).
  The caller also uses the helper's result, which depends on that field.
- The body holds only permitted fields (Medicaid ID, date of birth, home
  address, phone, immigration status). ``Member`` is not named for
  enforcement and is never sent whole, so its ``ssn`` and
  ``primary_dx_code`` columns are not placements (SPEC section 3).
"""
from __future__ import annotations

import logging

import httpx
from sqlalchemy import Column, Date, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger("referrals.county_sweep")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
NOT_LAWFUL = "NOT_LAWFULLY_PRESENT"

Base = declarative_base()


class Member(Base):
    __tablename__ = "member"

    id = Column(Integer, primary_key=True)
    medicaid_id = Column(String(12), unique=True)
    ssn = Column(String(9))
    date_of_birth = Column(Date)
    home_address = Column(String(200))
    phone_number = Column(String(15))
    county_code = Column(String(3), index=True)
    immigration_status = Column(String(4))
    lawful_presence_status = Column(String(24))
    primary_dx_code = Column(String(8))
    enrollment_end_date = Column(Date)


def _refer_if_removable(client: httpx.Client, m: Member) -> bool:
    if m.lawful_presence_status != NOT_LAWFUL:
        return False
    body = {
        "medicaid_id": m.medicaid_id,
        "date_of_birth": m.date_of_birth.isoformat(),
        "home_address": m.home_address,
        "phone_number": m.phone_number,
        "immigration_status": m.immigration_status,
    }
    resp = client.post(ICE_REFERRAL_URL, json=body)
    resp.raise_for_status()
    return True


def sweep(session: Session, county_code: str) -> int:
    stmt = select(Member).where(
        Member.county_code == county_code,
        Member.enrollment_end_date.is_(None),
    )
    referred = 0
    with httpx.Client(timeout=30, verify="/etc/pki/tls/certs/ca-bundle.crt") as client:
        for m in session.execute(stmt).scalars():
            try:
                if _refer_if_removable(client, m):
                    referred += 1
            except httpx.HTTPStatusError as exc:
                log.error("referral for %s rejected: %s", m.medicaid_id, exc.response.status_code)
    log.info("county %s: %d referrals", county_code, referred)
    return referred
