"""Escalation job of the EID connector (main module).

Scenario: a vendor connector refers Medicaid enrollees to ICE's EID API.
Referral clients use a template-method base class (base.py) with a JSON
mixin (transport.py); the EID URL comes from settings.py through
``os.environ.get`` with a default, and the escalation URL is built with
``urljoin``. Expected findings (SPEC sections 3, 4, 6):

referrals.py (IceReferralClient.build_body, endpoint eid.ice.gov/...):
- ``"ssn"`` entry: MCD101 (SSN is outside the six categories).
- ``"primary_diagnosis"`` entry: MCD102 (health information).
- ``"confidence_score"`` entry: MCD104 (unknown field; the order is an
  allow-list).
  Reported at the entries because they are placed in referrals.py and
  reach the sink through the inherited submit (SPEC section 3).

escalations.py (this module):
- escalate: ``packet["email"] = ...`` is placed here and sent to
  ESCALATION_URL (eid.ice.gov): MCD101 at the subscript assignment.
- escalate: enrich.add_household writes household_size and monthly_income
  into the caller's dict in another module; both reach the
  ``requests.post`` sink here, so two MCD101 at the sink call, one per
  field (SPEC section 3, "data from another module ... one finding per
  field"). identity_block's tuple carries only permitted fields.
- refer: hands on only the nameless ``member``; clean (SPEC section 3).

Clean modules: settings.py, transport.py, base.py, enrich.py (no
enforcement destination or name visible from them alone), __init__.py.
"""
import requests

import eidconnect.settings as cfg
from .enrich import add_household, identity_block
from .referrals import IceReferralClient


def refer(member):
    client = IceReferralClient()
    return client.submit(member)


def escalate(member):
    packet, member_id = identity_block(member)
    add_household(packet, member)
    packet["email"] = member.email  # MCD101
    response = requests.post(cfg.ESCALATION_URL, json=packet, timeout=cfg.HTTP_TIMEOUT)  # MCD101 MCD101
    response.raise_for_status()
    return member_id, response.json()["escalation_id"]
