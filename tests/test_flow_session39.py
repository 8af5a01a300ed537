"""The data flow shapes of the thirty-ninth session: what its SPEC-only probers found (round 255
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (reported where the value is put into the data that is sent) and section 6 (what flows from
    # arguments to the return value): a sum grown from a field (total += fee_of(code)) is arithmetic, not data being
    # built; the sum carries the field's name to where it is put, in the helper's caller or below in the same function
    "sum-of-a-field-placed-where-the-sum-is-put": '''
from decimal import Decimal
import requests
ICE = "https://eid.ice.gov/api/v2/claims"
STATE = "https://mmis.dhs.state.mn.us/api/v2/claims"
FEES = {"99213": Decimal("74.10")}
def price(codes):
    total = Decimal("0")
    for code in codes:
        total += FEES.get(code, Decimal("0"))
    return total
def units(claims):
    n = 0
    for c in claims:
        n += c.units_of_service
    return n
def answer(claim):
    requests.post(ICE, json={"allowed_amount": str(price(claim.procedure_codes))}, timeout=30)  # MCD102
    requests.post(ICE, json={"units": units(claim.lines)}, timeout=30)  # MCD102
def in_place(m):
    paid = 0.0
    paid += m.paid_amount
    paid -= m.copay_amount
    requests.post(ICE, json={"paid": paid}, timeout=30)  # MCD102
def to_the_state(claim):
    requests.post(STATE, json={"allowed_amount": str(price(claim.procedure_codes))}, timeout=30)
def a_list_still_placed_where_it_grows(m):
    codes = []
    codes += m.diagnosis_codes  # MCD102
    requests.post(ICE, json=codes, timeout=30)
def text_still_placed_where_it_grows(m):
    url = ICE + "?dx="
    url += m.primary_dx  # MCD102
    requests.get(url, timeout=30)
''',
    # SPEC section 6 (sanitizers: an explicit selection of permitted keys): an attrs filter kept in a module
    # constant, or a lambda comparing the attribute's name with one name, selects as the inline include() does
    "attrs-filter-from-a-constant-or-an-equality": '''
import attr
import attrs
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
@attrs.define
class Enrollee:
    cin: str
    ethnicity: str
    ssn: str
_A = attrs.fields(Enrollee)
PERMITTED = attrs.filters.include(_A.cin)
NO_SSN = attrs.filters.exclude(_A.ssn)
def by_constant(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attrs.asdict(rec, filter=PERMITTED), timeout=30)
def by_equality(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)
    requests.post(ICE, json=attr.asdict(rec, filter=lambda a, v: a.name == "cin"), timeout=30)
def by_inequality(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attr.asdict(rec, filter=lambda a, v: a.name != "ssn"), timeout=30)
def by_excluding_constant(m):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=NO_SSN), timeout=30)
def local_filter_is_not_the_constant(m, PERMITTED):
    rec = Enrollee(cin=m.cin, ethnicity=m.ethnicity, ssn=m.ssn)  # MCD101 MCD101
    requests.post(ICE, json=attrs.asdict(rec, filter=PERMITTED), timeout=30)
''',
    # SPEC section 6 (nested functions and closures; names resolve by scope): a name a nested function rebinds as
    # nonlocal is what the enclosing function holds after the call, a field or a URL
    "nonlocal-rebinding-in-a-nested-function": '''
import requests
ICE = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mmis.dhs.state.mn.us/api"
def switched_to_ssn(member):
    ref = member.cin
    def switch():
        nonlocal ref
        ref = member.ssn
    switch()
    requests.post(ICE, json={"ref": ref}, timeout=30)  # MCD101
def switched_to_cin(member):
    ref = member.ssn
    def switch():
        nonlocal ref
        ref = member.cin
    switch()
    requests.post(ICE, json={"medicaid_id": ref}, timeout=30)
def maybe_switched(member, masked):
    ref = member.ssn
    def switch():
        nonlocal ref
        ref = member.cin
    if masked:
        switch()
    requests.post(ICE, json={"medicaid_id": ref}, timeout=30)  # MCD101
def url_switched(m, to_ice):
    url = STATE
    def pick():
        nonlocal url
        url = ICE
    if to_ice:
        pick()
    requests.post(url, json={"ssn": m.ssn}, timeout=30)  # MCD101
def url_kept(m):
    url = ICE
    def pick():
        nonlocal url
        url = STATE
    pick()
    requests.post(url, json={"ssn": m.ssn}, timeout=30)
def counted(m):
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump()
    requests.post(ICE, json={"medicaid_id": m.cin, "n": n}, timeout=30)
''',
    # SPEC section 4 (e-mail recipients) and section 10 (people): an appellant, a claimant, a participant or a
    # resident is a person whose record holds the address; the member's address beside ICE on the recipient list is
    # sent to ICE; a hearing officer's is not a member's
    "appellants-and-claimants-are-people": '''
from django.core.mail import EmailMessage, send_mail
ICE_BOX = "eid-requests@ice.dhs.gov"
def notice_cc_ice(appellant):
    EmailMessage(
        subject="Hearing notice",
        body="Your hearing is scheduled.",
        from_email="bah@illinois.gov",
        to=[appellant.email],  # MCD101
        cc=[ICE_BOX],
    ).send()
def notice_list(claimant):
    send_mail("Notice", "Your hearing is scheduled.", "bah@illinois.gov",
              [claimant.email, ICE_BOX])  # MCD101
def officer_copy(hearing_officer):
    send_mail("Notice", "A hearing is scheduled.", "bah@illinois.gov",
              [hearing_officer.email, ICE_BOX])
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
