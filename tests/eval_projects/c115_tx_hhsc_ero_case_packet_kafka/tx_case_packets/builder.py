"""The subject packet model and its builder.

Expected findings: none in this module: ``SubjectPacket`` is not named for
enforcement (its declarations are not findings, SPEC section 3) and nothing
here is sent; the fields are reported where run.py hands the built packet to
the publisher (SPEC section 3, cross-module).
"""
from datetime import date

from pydantic import BaseModel

from .scope import PACKET_SOURCE_FIELDS


class SubjectPacket(BaseModel):
    medicaid_id: str
    date_of_birth: date
    mailing_address: str
    phone: str | None = None
    immigration_status: str
    household_size: int | None = None
    marital_status: str | None = None


def build_packet(case_row: dict) -> bytes:
    src = {k: v for k, v in case_row.items() if k in PACKET_SOURCE_FIELDS}
    packet = SubjectPacket(**src)
    return packet.model_dump_json().encode("utf-8")
