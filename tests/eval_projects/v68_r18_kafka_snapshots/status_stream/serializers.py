"""Wire encodings of a MemberSnapshot."""

from .models import MemberSnapshot


def to_status_event(snapshot: MemberSnapshot) -> bytes:
    return snapshot.model_dump_json(
        include={"cin", "birth_date", "immigration_status", "mailing_address"}
    ).encode("utf-8")


def to_full_event(snapshot: MemberSnapshot) -> bytes:
    return snapshot.model_dump_json().encode("utf-8")
