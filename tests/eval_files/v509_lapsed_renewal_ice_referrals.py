"""Lapsed-renewal referrals to ICE with an over-broad payload (violating).

Scenario: after 6 January 2026 a state's eligibility vendor adds a nightly
job: members whose renewal lapsed are referred to ICE's EID referral API.
The referral builder adds the member's full name, the last four digits of
the SSN and the primary diagnosis to the six basic categories, and the
nightly loop refers every lapsed member of the target counties without
any condition on immigration status.

Destination: ``ICE_REFERRAL_URL`` folds to ``eid.ice.gov`` (enforcement
host pattern ``*.ice.gov``, SPEC section 4).  ``refer`` posts the builder's
return value through the same-module helper ``_post_with_retry``; a field
placed in a caller and sent by a helper is reported at the placement
(SPEC section 6).

Expected findings:
- ``"full_name": member.full_name``: name is outside the six categories,
  MCD101 at the dict entry (SPEC section 3).
- ``"ssn_last4": member.ssn[-4:]``: a slice of an SSN is still an SSN
  (SPEC section 6), MCD101.
- ``"primary_diagnosis": member.primary_dx``: diagnosis is health data,
  MCD102 (SPEC section 3).
- ``refer(member)`` inside the loop over ``Member.objects.filter(...)`` (a
  bulk source): ``refer``'s parameter reaches an enforcement sink, the only
  conditions are on renewal status and county, so MCD201 at that call
  (SPEC section 10, "Helpers").
Not findings: medicaid_id, date_of_birth, home address, phone, citizenship
and immigration status are permitted; ``REFERRAL_SOURCE`` is a constant.
"""
import logging
import time
from datetime import date, timedelta

import requests
from django.core.management.base import BaseCommand

from eligibility.models import Member, ReferralLog

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
REFERRAL_SOURCE = "STATE_MEDICAID_RENEWALS"
TARGET_COUNTIES = {"037", "059", "065", "071", "073"}
MAX_ATTEMPTS = 5
BACKOFF = (1, 2, 5, 10, 30)

log = logging.getLogger("renewals.referrals")
session = requests.Session()
session.headers.update({"Content-Type": "application/json", "User-Agent": "renewals-batch/4.1"})


class ReferralRejected(Exception):
    pass


def build_payload(member) -> dict:
    return {
        "source": REFERRAL_SOURCE,
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "citizenship": member.ctznshp_ind,
        "immigration_status": member.imgrtn_stus_cd,
        "full_name": member.full_name,  # MCD101
        "ssn_last4": member.ssn[-4:],  # MCD101
        "primary_diagnosis": member.primary_dx,  # MCD102
    }


def _post_with_retry(url: str, payload: dict) -> requests.Response:
    last_exc = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.post(url, json=payload, timeout=30)
        except (requests.ConnectionError, requests.Timeout) as exc:
            last_exc = exc
            time.sleep(BACKOFF[attempt])
            continue
        if resp.status_code == 422:
            raise ReferralRejected(resp.text[:200])
        if resp.status_code >= 500:
            last_exc = RuntimeError(f"server error {resp.status_code}")
            time.sleep(BACKOFF[attempt])
            continue
        return resp
    raise RuntimeError(f"referral failed after {MAX_ATTEMPTS} attempts") from last_exc


def refer(member) -> str:
    payload = build_payload(member)
    resp = _post_with_retry(ICE_REFERRAL_URL, payload)
    resp.raise_for_status()
    return resp.json().get("referral_number", "")


class Command(BaseCommand):
    help = "Refer members whose Medi-Cal renewal lapsed in the last N days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=1)
        parser.add_argument("--limit", type=int, default=0)

    def handle(self, *args, **opts):
        since = date.today() - timedelta(days=opts["days"])
        lapsed = Member.objects.filter(renewal_status="LAPSED", renewal_closed_on__gte=since)
        if opts["limit"]:
            lapsed = lapsed[: opts["limit"]]
        done = skipped = rejected = 0
        for member in lapsed:
            if member.county_code not in TARGET_COUNTIES:
                skipped += 1
                continue
            if not member.imgrtn_stus_cd:
                log.warning("member %s has no immigration status on file", member.pk)
            try:
                number = refer(member)  # MCD201
            except ReferralRejected as exc:
                rejected += 1
                log.error("referral for %s rejected: %s", member.pk, exc)
                continue
            ReferralLog.objects.create(member_id=member.pk, referral_number=number)
            done += 1
        self.stdout.write(f"referred={done} skipped={skipped} rejected={rejected}")
