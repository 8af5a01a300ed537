"""Django referral jobs: one shared batch sender, callers with and without scope (violating).

Scenario: the eligibility portal has a shared ``send_batch`` helper that
posts basic records to ICE EID.  The weekly job calls it with enrollees
whose immigration status is on the agreed list; a later "county sweep"
reuses it for whole counties.  A candidate job sends one record per
member after a predicate that sounds like a status check but only tests
the county and a clearance flag.

Destination: ``ICE_BATCH_URL`` and ``ICE_SUBJECT_URL`` resolve to
``eid.ice.gov`` (SPEC §4).  Every payload holds permitted fields only
(Medicaid ID, date of birth, home address, phone, immigration status;
``record_count`` is harmless), so there is no MCD101-104.

Expected findings (SPEC §10):
- ``county_sweep``: ``send_batch``'s plural parameter ``members`` is not a
  bulk source by itself because its callers are visible; the path starts
  at their sources.  This caller hands on ``Member.objects.filter(
  county_code=..., active=True)`` ordered by immigration status; sorting
  by a status column is not a condition, so the finding is at the call
  that hands on unfiltered bulk data -> MCD201 at ``send_batch(qs, ...)``.
- ``refer_candidates``: the send sits in a loop over a queryset.  The
  ``continue`` uses ``is_removal_candidate``, whose result depends on the
  county code and a clearance flag only, and whose name has no word
  beginning with ``unlawful``, ``removab`` or ``deportab`` ("removal" is
  not "removab..."); the ``immigration_status is None`` test only logs ->
  MCD201 at the ``session.post`` in the loop.
Not findings: ``weekly_scoped`` hands ``send_batch`` a queryset filtered
with ``immigration_status__in`` and ``.exclude(us_citizen=True)``;
``monthly_refresh`` has a comprehension condition on
``immigration_status``; ``refer_one`` sends one member looked up by CIN
(SPEC §10 "Not bulk").  The ``or "NOT_RECORDED"`` in ``_basic`` only
picks a value.
"""
import logging

import requests

from eligibility.models import Member

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/subjects/batch"
ICE_SUBJECT_URL = "https://eid.ice.gov/api/v1/subjects"
REMOVABLE = ("EWI", "OVS", "FOR")
TARGET_COUNTIES = ("037", "059", "073")

log = logging.getLogger("portal.referrals")


def _basic(m) -> dict:
    return {
        "medicaid_id": m.cin,
        "date_of_birth": m.date_of_birth.isoformat(),
        "home_address": m.home_address,
        "phone": m.phone_number,
        "immigration_status": m.immigration_status or "NOT_RECORDED",
    }


def is_removal_candidate(m) -> bool:
    return m.county_code in TARGET_COUNTIES and m.referral_cleared


def send_batch(members, session: requests.Session) -> int:
    subjects = []
    for m in members:
        subjects.append(_basic(m))
    if not subjects:
        return 0
    body = {"record_count": len(subjects), "subjects": subjects}
    session.post(ICE_BATCH_URL, json=body, timeout=120).raise_for_status()
    return len(subjects)


def weekly_scoped(session: requests.Session) -> int:
    qs = Member.objects.filter(immigration_status__in=REMOVABLE).exclude(us_citizen=True)
    return send_batch(qs, session)


def county_sweep(county: str, session: requests.Session) -> int:
    qs = Member.objects.filter(county_code=county, active=True).order_by("immigration_status", "cin")
    return send_batch(qs, session)  # MCD201


def refer_candidates(session: requests.Session) -> int:
    sent = 0
    for m in Member.objects.filter(active=True):
        if not is_removal_candidate(m):
            continue
        if m.immigration_status is None:
            log.warning("member %s has no immigration status recorded", m.cin)
        session.post(ICE_SUBJECT_URL, json=_basic(m), timeout=30)  # MCD201
        sent += 1
    return sent


def monthly_refresh(session: requests.Session) -> int:
    subjects = [
        _basic(m)
        for m in Member.objects.filter(county_code__in=TARGET_COUNTIES)
        if m.immigration_status in REMOVABLE
    ]
    session.post(ICE_BATCH_URL, json={"record_count": len(subjects), "subjects": subjects}, timeout=120)
    return len(subjects)


def refer_one(cin: str, session: requests.Session) -> None:
    m = Member.objects.get(cin=cin)
    session.post(ICE_SUBJECT_URL, json=_basic(m), timeout=30).raise_for_status()
