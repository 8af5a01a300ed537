"""County "sweeps" from the Django eligibility app to ICE, without status scope (violating).

Scenario: a county liaison asked for every active enrollee in a county to
be sent to ICE.  The app already has a single-referral helper that sends
only permitted fields; the sweep reuses it in a loop, and a second export
pushes county chunks.  A third export does filter on immigration status
but sends whole rows.

Destination: ``ICE_SUBJECT_URL`` and ``ICE_BULK_URL`` resolve to
``eid.ice.gov`` (SPEC §4).

Expected findings:
- ``refer_county``: the loop runs over ``Member.objects.filter(...)`` (a
  bulk source) and calls ``refer_one``, whose parameter reaches an
  enforcement sink; that is a bulk send reported at the call in the loop
  (SPEC §10 "Helpers").  The filter is on county and enrollment status,
  neither of which is the immigration_status or citizenship category, so
  no condition clears it -> MCD201 at the ``refer_one(...)`` call.
- ``export_county_chunks``: chunks of a filtered queryset (county only)
  are sent after ``batched`` (itertools passes names on, SPEC §6); the
  send sits in a loop over the bulk source with no status condition ->
  MCD201 at the ``requests.post`` call (SPEC §10).  Its ``.values(...)``
  columns are all permitted, so no MCD101-104.
- ``export_status_report``: ``.values()`` with no names supplies whole
  records -> MCD103 at that expression (SPEC §3).  The queryset is
  filtered with ``immigration_status__in``, so no MCD201.
Not findings: ``refer_one`` itself sends permitted fields; ``refer_by_cin``
sends one person looked up by CIN (SPEC §10 "Not bulk").
"""
from itertools import batched

import requests

from eligibility.models import Member

ICE_SUBJECT_URL = "https://eid.ice.gov/api/v1/subjects"
ICE_BULK_URL = "https://eid.ice.gov/api/v1/bulk/subjects"
REMOVABLE = ("EWI", "OVS")
CHUNK = 500


def refer_one(member, session: requests.Session) -> None:
    body = {
        "cin": member.cin,
        "date_of_birth": member.date_of_birth.isoformat(),
        "phone_number": member.phone_number,
        "home_address": member.home_address,
    }
    session.post(ICE_SUBJECT_URL, json=body, timeout=30).raise_for_status()


def refer_by_cin(cin: str) -> None:
    member = Member.objects.get(cin=cin)
    refer_one(member, requests.Session())


def refer_county(county_code: str) -> int:
    session = requests.Session()
    n = 0
    for member in Member.objects.filter(county_code=county_code, enrollment_status="ACTIVE"):
        refer_one(member, session)  # MCD201
        n += 1
    return n


def export_county_chunks(county_code: str) -> None:
    qs = Member.objects.filter(county_code=county_code).values(
        "cin", "date_of_birth", "home_address", "phone_number"
    )
    for chunk in batched(qs.iterator(), CHUNK):
        requests.post(ICE_BULK_URL, json=list(chunk), timeout=120)  # MCD201


def export_status_report() -> None:
    qs = Member.objects.filter(immigration_status__in=REMOVABLE).values()  # MCD103
    resp = requests.post(ICE_BULK_URL, json=list(qs), timeout=300)
    resp.raise_for_status()
