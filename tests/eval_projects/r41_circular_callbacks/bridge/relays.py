"""Relays: what they build is theirs, sent by the transport that imports them."""
from . import transport
from .models import Member


def relay_one(m):
    transport.post({"medicaid_id": m.cin, "sex": m.sex})  # MCD101


def relay_all():
    for m in Member.objects.all():
        transport.post({"medicaid_id": m.cin})  # MCD201


def relay_chosen():
    for m in Member.objects.filter(immigration_status__in=["EWI"]):
        transport.post({"medicaid_id": m.cin})
