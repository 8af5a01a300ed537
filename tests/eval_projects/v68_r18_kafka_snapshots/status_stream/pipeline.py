"""Called by the eligibility system once per changed enrollee."""

import hashlib

import status_stream.serializers as ser
from status_stream.models import MemberSnapshot

from .producer import EventProducer


def publish_address_change(snapshot: MemberSnapshot) -> None:
    EventProducer().emit(snapshot.cin.encode(), ser.to_status_event(snapshot))


def publish_status(snapshot: MemberSnapshot) -> None:
    EventProducer().emit(hashlib.sha256(snapshot.ssn.encode()).digest(), ser.to_status_event(snapshot))  # MCD101


def publish_change(snapshot: MemberSnapshot) -> None:
    EventProducer().emit(snapshot.cin.encode(), ser.to_full_event(snapshot))  # MCD101 MCD101 MCD101 MCD102
