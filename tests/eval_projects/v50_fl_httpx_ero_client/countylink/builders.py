"""Turn member rows into outbound bodies."""
import dataclasses

from countylink.models import Subject


def to_subject(member) -> Subject:
    return Subject(
        cin=member.cin,
        birth_date=member.birth_date.isoformat(),
        home_address=member.home_address,
        phone_number=member.phone_number,
        full_name=member.full_name,
        race=member.race,
    )


def subject_body(member) -> dict:
    return dataclasses.asdict(to_subject(member))


def basic_body(member) -> dict:
    return {
        "cin": member.cin,
        "birth_date": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
    }


def raw_body(member) -> dict:
    """Everything we hold, for partners that do their own matching."""
    return member.__dict__
