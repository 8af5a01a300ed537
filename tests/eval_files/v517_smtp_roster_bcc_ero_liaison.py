"""Weekly county roster e-mailed to operations with an ERO liaison in Bcc (violating).

Scenario: a county Medi-Cal office e-mails a weekly JSON roster of members
on restricted-scope (emergency-only) aid codes to its operations mailbox.
A supervisor added the local ERO liaison in Bcc.  Restricted-scope aid
codes correlate with immigration status, but ``aid_code`` is an
eligibility field, not an immigration-status or citizenship field.

Destination: e-mail goes to enforcement when any recipient, Bcc included,
is at an enforcement domain (SPEC section 4): ``ERO_LIAISON`` is at
``ice.dhs.gov`` (``*.dhs.gov``).  The message and its attachments are the
data (SPEC section 4, smtplib).

Expected findings (dict entries of each roster row, SPEC section 3):
- ``"name": m.full_name``: name, MCD101.
- ``"language": m.preferred_language``: language, MCD101.
- ``"aid_code": m.aid_code``: eligibility, MCD101.
- ``smtp.send_message(msg)``: the roster is built in a loop over a Django
  queryset (bulk source).  The queryset filter is on county and
  ``aid_code__in``; ``aid_code`` is in the eligibility category, so it is
  not a condition on immigration status or citizenship (SPEC section 10;
  reference vocabulary), and the ``if m.opted_out_of_email`` test is on
  neither.  MCD201 at the sink call.
Not findings: cin, dob, home address and phone are permitted; the Subject
holds only constants (``COUNTY_CODE``); ``len(roster)`` in the body text carries no field.
"""
import json
import logging
import smtplib
import ssl
from datetime import date, timedelta
from email.message import EmailMessage

from django.core.management.base import BaseCommand
from django.db.models import Q

from casework.models import Member

COUNTY_CODE = "019"
OPS_MAILBOX = "medi-cal-ops@co.fresno.ca.us"
ERO_LIAISON = "sfr-liaison@ice.dhs.gov"
SENDER = "noreply-roster@co.fresno.ca.us"
SMTP_RELAY = "smtp.office365.com"
RESTRICTED_SCOPE_AID_CODES = ("53", "55", "58", "C1", "C3", "C7", "D1", "D3")

log = logging.getLogger("casework.roster")


def _since(days: int) -> date:
    return date.today() - timedelta(days=days)


def build_roster(days: int) -> list:
    roster = []
    qs = (
        Member.objects.filter(county_code=COUNTY_CODE, aid_code__in=RESTRICTED_SCOPE_AID_CODES)
        .filter(Q(aid_begin_date__gte=_since(days)) | Q(last_contact_date__gte=_since(days)))
        .order_by("last_name")
    )
    for m in qs.iterator():
        if m.opted_out_of_email:
            log.debug("member %s opted out of e-mail contact", m.pk)
            continue
        roster.append(
            {
                "cin": m.cin,
                "dob": m.birth_date.isoformat(),
                "address": m.home_address,
                "phone": m.phone_number,
                "name": m.full_name,  # MCD101
                "language": m.preferred_language,  # MCD101
                "aid_code": m.aid_code,  # MCD101
            }
        )
    return roster


class Command(BaseCommand):
    help = "E-mail the weekly restricted-scope roster."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, **opts):
        roster = build_roster(opts["days"])
        if not roster:
            log.info("empty roster, nothing sent")
            return
        msg = EmailMessage()
        msg["Subject"] = f"Weekly restricted-scope roster, county {COUNTY_CODE}"
        msg["From"] = SENDER
        msg["To"] = OPS_MAILBOX
        msg["Bcc"] = ERO_LIAISON
        msg.set_content(f"Attached: {len(roster)} members. Reply to this mailbox with questions.")
        msg.add_attachment(json.dumps(roster, indent=2).encode("utf-8"),
                           maintype="application", subtype="json",
                           filename=f"roster_{COUNTY_CODE}_{date.today():%Y%m%d}.json")
        context = ssl.create_default_context()
        with smtplib.SMTP(SMTP_RELAY, 587, timeout=60) as smtp:
            smtp.ehlo()
            smtp.starttls(context=context)
            smtp.login("svc-roster", "vault:smtp/roster")
            smtp.send_message(msg)  # MCD201
        log.info("roster of %d sent", len(roster))
