"""Illinois DHS annual-renewal sync to the state eligibility system (expected clean).

Scenario: an Illinois Medicaid vendor runs a nightly Django management job
that pushes every renewal case due in the next 60 days to the Illinois
Department of Human Services (IDHS) Integrated Eligibility System.  The
payload is rich: SSN, names, household members, monthly income, disability
and pregnancy flags.  The code is full of ``dhs`` names (``DHS_ELIGIBILITY_URL``,
``dhs_session``, ``DhsRenewalPusher``) and runs over a whole queryset with no
condition on immigration status.

Why no finding is expected:
- Every send goes to ``eligibility.dhs.illinois.gov`` (``DHS_ELIGIBILITY_URL``,
  folded through an f-string).  ``illinois.gov`` is a state ``.gov`` domain on
  the non-enforcement list, and a resolved host on that list overrides every
  name signal, including ``dhs`` in constant, session and class names
  (SPEC section 4, the IDHS example is given there verbatim).
- Because no destination is enforcement, neither the prohibited fields
  (MCD101/MCD102) nor the unscoped bulk loop (MCD201, SPEC section 10) apply:
  both rules need an enforcement endpoint.
- The metrics are prometheus counters and the audit trail is a Django model
  write, neither of which is a sink (SPEC section 4).
"""
import logging
import time
from datetime import date, timedelta
from decimal import Decimal

import requests
from django.core.management.base import BaseCommand
from django.db import transaction
from prometheus_client import Counter, Histogram

from renewals.models import RenewalCase, SyncAudit

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
DHS_TIMEOUT_SECONDS = 45
MAX_ATTEMPTS = 4
RENEWAL_WINDOW_DAYS = 60

log = logging.getLogger("ies.renewals")
PUSHED = Counter("ies_renewals_pushed_total", "Renewal cases pushed to IES", ["outcome"])
LATENCY = Histogram("ies_renewal_push_seconds", "Latency of IES renewal pushes")


class TransientIesError(RuntimeError):
    """Raised for 5xx/429 responses so the caller can retry."""


def _money(value) -> str:
    if value is None:
        return "0.00"
    return str(Decimal(value).quantize(Decimal("0.01")))


def _household(case) -> list:
    members = []
    for hh in case.household_members.all().order_by("relationship_code"):
        members.append(
            {
                "first_name": hh.first_name,
                "last_name": hh.last_name,
                "ssn": hh.ssn,
                "relationship_to_applicant": hh.relationship_code,
                "monthly_income": _money(hh.monthly_income),
            }
        )
    return members


class DhsRenewalPusher:
    """Pushes renewal packets to IDHS over one keep-alive session."""

    def __init__(self):
        self.base_url = DHS_ELIGIBILITY_URL
        self.dhs_session = requests.Session()
        self.dhs_session.headers.update({"Accept": "application/json"})

    def packet(self, case) -> dict:
        head = case.head_of_household
        return {
            "case_number": case.case_number,
            "recip_id": head.recip_id,
            "first_name": head.first_name,
            "last_name": head.last_name,
            "ssn": head.ssn,
            "date_of_birth": head.birth_date.isoformat(),
            "home_address": head.home_address,
            "household_size": case.household_size,
            "household_income": _money(case.household_income),
            "is_pregnant": head.is_pregnant,
            "disability_status": head.disability_status,
            "eligibility_group": case.eligibility_group,
            "redetermination_date": case.redetermination_date.isoformat(),
            "household_members": _household(case),
        }

    def push(self, case) -> int:
        body = self.packet(case)
        url = f"{self.base_url}/renewals/{case.case_number}"
        for attempt in range(1, MAX_ATTEMPTS + 1):
            started = time.monotonic()
            try:
                resp = self.dhs_session.put(url, json=body, timeout=DHS_TIMEOUT_SECONDS)
                if resp.status_code in (429, 502, 503, 504):
                    raise TransientIesError(f"IES returned {resp.status_code}")
                resp.raise_for_status()
                return resp.status_code
            except (TransientIesError, requests.ConnectionError) as exc:
                log.warning("case %s attempt %d failed: %s", case.pk, attempt, exc)
                time.sleep(min(2 ** attempt, 30))
            finally:
                LATENCY.observe(time.monotonic() - started)
        raise TransientIesError(f"gave up on case {case.pk}")


class Command(BaseCommand):
    help = "Push renewal cases due within the window to the IDHS eligibility system."

    def add_arguments(self, parser):
        parser.add_argument("--window", type=int, default=RENEWAL_WINDOW_DAYS)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **opts):
        cutoff = date.today() + timedelta(days=opts["window"])
        cases = (
            RenewalCase.objects.filter(redetermination_date__lte=cutoff, closed=False)
            .select_related("head_of_household")
            .prefetch_related("household_members")
        )
        pusher = DhsRenewalPusher()
        ok = failed = 0
        for case in cases.iterator(chunk_size=500):
            if opts["dry_run"]:
                log.info("would push case %s", case.pk)
                continue
            try:
                status = pusher.push(case)
            except TransientIesError:
                failed += 1
                PUSHED.labels(outcome="failed").inc()
                continue
            ok += 1
            PUSHED.labels(outcome="ok").inc()
            with transaction.atomic():
                SyncAudit.objects.create(case_id=case.pk, http_status=status, target="IES")
        self.stdout.write(f"pushed={ok} failed={failed}")
