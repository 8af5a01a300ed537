"""Django management command: e-mail a weekly county enrollee roster, Cc an ERO liaison.

Scenario: a county Medicaid office's Django application has a management
command that mails the weekly roster of active enrollees in a county to the
county liaison.  After a regional "information sharing" agreement, the
ERO field-office liaison ``referrals@ero.ice.gov`` was added to the Cc list.
The roster body is one CSV line per member, built with ``",".join([...])``;
the SMTP connection is opened by ``handle`` and passed to ``send_roster``.

Expected findings (destination: one recipient is at ``ero.ice.gov``, which
matches ``*.ice.gov``; e-mail goes to enforcement when any recipient does,
SPEC 4):
- list element ``m.last_name`` -> name, MCD101 (SPEC 3: list elements are
  placements, each at its own line; SPEC 6 ``str.join`` keeps names).
- list element ``m.primary_dx_code`` -> diagnosis (``dx`` token), MCD102.
- list element ``m.aid_code`` -> eligibility, MCD101.
  (``m.cin``, ``m.birth_date``, ``m.home_address``, ``m.phone_number`` are
  permitted; ``county`` in the subject line is an address category.)
- MCD201 at ``smtp.sendmail``: the lines come from ``Member.objects.filter``
  (a queryset, SPEC 10 bulk source) filtered on county and enrollment
  status only; ``order_by("immigration_status")`` is sorting, not a
  condition.
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from datetime import date

from django.conf import settings as django_settings
from django.core.management.base import BaseCommand, CommandError

from enrollment.models import Member

log = logging.getLogger("enrollment.roster")

SENDER = "roster-bot@hhsa.co.tulare.ca.us"
COUNTY_LIAISON = "eligibility-liaison@hhsa.co.tulare.ca.us"
ERO_LIAISON = "referrals@ero.ice.gov"
SMTP_HOST = getattr(django_settings, "ROSTER_SMTP_HOST", "smtp.co.tulare.ca.us")
HEADER = "cin,birth_date,home_address,phone,last_name,dx,aid_code"


def roster_lines(county):
    members = (
        Member.objects.filter(county_code=county, enrollment_status="ACTIVE")
        .select_related("address")
        .order_by("immigration_status", "cin")
    )
    lines = [HEADER]
    for m in members.iterator(chunk_size=2000):
        lines.append(
            ",".join(
                [
                    m.cin,
                    m.birth_date.isoformat(),
                    m.home_address.replace(",", " "),
                    m.phone_number or "",
                    m.last_name,  # MCD101
                    m.primary_dx_code or "",  # MCD102
                    m.aid_code,  # MCD101
                ]
            )
        )
    return lines


def send_roster(smtp, county):
    lines = roster_lines(county)
    if len(lines) == 1:
        log.info("county %s has no active enrollees", county)
        return 0
    to_addrs = [COUNTY_LIAISON, ERO_LIAISON]
    subject = f"Weekly enrollee roster - county {county}"
    message = "\r\n".join(
        [
            f"From: {SENDER}",
            f"To: {COUNTY_LIAISON}",
            f"Cc: {ERO_LIAISON}",
            f"Subject: {subject}",
            "Content-Type: text/csv; charset=utf-8",
            "",
            "\n".join(lines),
        ]
    )
    smtp.sendmail(SENDER, to_addrs, message.encode("utf-8"))  # MCD201
    return len(lines) - 1


class Command(BaseCommand):
    help = "Mail the weekly enrollee roster for one or more counties."

    def add_arguments(self, parser):
        parser.add_argument("counties", nargs="+")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        if date.today().weekday() != 0 and not options["dry_run"]:
            raise CommandError("rosters go out on Mondays")
        context = ssl.create_default_context()
        total = 0
        with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
            smtp.starttls(context=context)
            for county in options["counties"]:
                if options["dry_run"]:
                    self.stdout.write(f"would send roster for {county}")
                    continue
                total += send_roster(smtp, county)
        self.stdout.write(self.style.SUCCESS(f"sent {total} roster lines"))
