"""Referral senders. The include= lists are column lists of this module (SPEC section 3): a field
they choose is reported at its own entry, not at the model's declaration in models.py.

Expected:
- send.py:19 MCD101 ssn
"""

import httpx

from .models import MemberRecord
from .settings import ICE_URL, STATE_URL


def refer(record: MemberRecord):
    body = record.model_dump(
        include={
            "cin",
            "birth_date",
            "ssn",  # MCD101
        },
    )
    httpx.post(ICE_URL, json=body)


def refer_permitted(record: MemberRecord):
    httpx.post(ICE_URL, json=record.model_dump(include={"cin", "birth_date"}))


def sync(record: MemberRecord):
    httpx.post(STATE_URL, json=record.model_dump())
