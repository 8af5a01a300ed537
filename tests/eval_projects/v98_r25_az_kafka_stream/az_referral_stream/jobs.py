"""Referral streaming jobs (run from cron through the Django shell).

Expected findings (module:line code field -- deciding SPEC section):
- jobs.py:41 MCD201 -- stream_county loops over
  Member.objects.filter(county_code=...) (a queryset: bulk source) and
  calls publish_referral, whose parameter reaches the Kafka producer send
  on topic "ice.eid.referrals.v1" (enforcement token `ice`); the only
  condition is on county_code, not on immigration status or citizenship:
  reported at that call in the loop (section 10 "Helpers", "Bulk send").
- jobs.py:41 MCD102 is_pregnant -- placed in builders.py
  (referral_event) and handed to publish_referral at this call (section 3
  "When the placement is in another module"; pregnancy is health data).
- jobs.py:48 MCD102 is_pregnant -- same hand-off in
  stream_unlawfully_present; no MCD201 there because the queryset is
  filtered with immigration_status__in=... (section 10 "Condition on
  status").
- jobs.py:58 MCD101 sex -- column name in the ORM .values(...)
  column list, placed in this module and sent through publish_referral:
  reported at its own line (section 3 "Column lists are placements").
- jobs.py:61 MCD201 -- backfill loops over rows of
  Member.objects.filter(enrolled_on__gte=...).values(...) with no status
  condition and calls publish_referral (section 10).

Not findings: builders.py and transport.py are clean by themselves
(section 3: a module's findings depend only on what it imports); the
other event fields are permitted categories.
"""
import argparse
from datetime import date, timedelta

import az_referral_stream.settings as cfg
from az_referral_stream import flush, publish_referral, referral_event

from .models import Member


def stream_county(county_code: str) -> None:
    """Stream every member of one county."""
    members = Member.objects.filter(county_code=county_code)
    for member in members:
        publish_referral(referral_event(member))  # MCD201 MCD102


def stream_unlawfully_present() -> None:
    """Stream members recorded as not lawfully present."""
    targets = Member.objects.filter(immigration_status__in=cfg.UNLAWFUL_STATUS_CODES)
    for member in targets:
        publish_referral(referral_event(member))  # MCD102


def backfill(days: int = 7) -> None:
    """Re-send recent enrollments in the compact backfill shape."""
    since = date.today() - timedelta(days=days)
    rows = Member.objects.filter(enrolled_on__gte=since).values(
        "medicaid_id",
        "date_of_birth",
        "phone_number",
        "sex",  # MCD101
    )
    for row in rows:
        publish_referral(dict(row))  # MCD201


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="az-referral-stream")
    parser.add_argument("mode", choices=["county", "targeted", "backfill"])
    parser.add_argument("--county-code", default="013")
    args = parser.parse_args(argv)
    if args.mode == "county":
        stream_county(args.county_code)
    elif args.mode == "targeted":
        stream_unlawfully_present()
    else:
        backfill()
    flush()
