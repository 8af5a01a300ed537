"""Nightly jobs tying exports, filters and transports together.

Expected: MCD201 where a roster of every member goes to the ICE bucket (uploads
through the helper of clients.py, SPEC section 10); MCD101 where a household's size is
mailed to an ICE address set on the message here (SPEC section 4, recipients); the
rest is clean: the scoped roster, the state archive, the filter named for unlawful
presence imported under another name, the state mailbox.
"""

from email.message import EmailMessage

import requests

from members.models import Member

from .clients import archive, deliver, upload_handoff
from .exports import write_roster, write_scoped
from .filters import is_active as is_unlawful
from .filters import is_unlawfully_present as in_scope

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def handoff_everyone():
    upload_handoff(write_roster("/tmp/roster.csv"))  # MCD201


def handoff_scoped():
    upload_handoff(write_scoped("/tmp/scoped.csv"))


def archive_everyone():
    archive(write_roster("/tmp/roster.csv"))


def refer_chosen():
    for m in Member.objects.all():
        if in_scope(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})


def refer_active():
    for m in Member.objects.all():
        if is_unlawful(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # MCD201


def notify_ero(member):
    msg = EmailMessage()
    msg["To"] = "records@ero.ice.gov"
    msg.set_content(f"Household size: {member.household_size}")  # MCD101
    deliver(msg)


def notify_state(member):
    msg = EmailMessage()
    msg["To"] = "eligibility@dhs.state.pa.us"
    msg.set_content(f"Household size: {member.household_size}")
    deliver(msg)
