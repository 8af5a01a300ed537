"""Referral jobs."""
from county_mmis.models import Member

import countylink.builders as b
from countylink import EroReferralClient
from countylink.models import MemberView


def refer_member(member_id: int) -> None:
    member = Member.objects.get(pk=member_id)
    packet = b.subject_body(member)
    ero = EroReferralClient()
    ero.create_referral(packet)  # MCD101 MCD101


def refer_member_raw(member_id: int) -> None:
    member = Member.objects.get(pk=member_id)
    EroReferralClient().create_referral(b.raw_body(member))  # MCD103


def check_status(member_id: int) -> dict:
    member = Member.objects.get(pk=member_id)
    return EroReferralClient().get_path(f"/persons/{member.ssn}/status")  # MCD101


def refer_member_redacted(member_id: int) -> None:
    member = Member.objects.get(pk=member_id)
    packet = b.subject_body(member)
    del packet["full_name"]
    packet.pop("race")
    EroReferralClient().create_referral(packet)


def refer_batch(members) -> None:
    ero = EroReferralClient()
    for m in members:
        ero.create_referral(b.basic_body(m))  # MCD201


def refer_noncitizens(county_code: str) -> None:
    ero = EroReferralClient()
    for m in Member.objects.filter(county_code=county_code).exclude(us_citizen=True):
        ero.create_referral(b.basic_body(m))


def refer_from_portal(raw: dict) -> None:
    EroReferralClient().create_referral(MemberView.model_validate(raw).model_dump(exclude={"ssn"}))  # MCD101


def refer_from_portal_basic(raw: dict) -> None:
    view = MemberView.model_validate(raw)
    EroReferralClient().create_referral(view.model_dump(include={"cin", "birth_date", "home_address"}))
