"""Nightly referral jobs over the member table."""
from .ice import IceTransport
from .models import Member


def refer_all():
    for m in Member.objects.filter(active=True):
        IceTransport().send({"medicaid_id": m.cin, "race": m.race})  # MCD101 MCD201


def refer_in_scope():
    for m in Member.objects.filter(active=True, immigration_status__in=["EWI", "OVERSTAY"]):
        IceTransport().send({"medicaid_id": m.cin, "dob": m.birth_date})
