"""Referral entry points."""

from lawful_referral import ReferralClient, drop_contact_extras, restrict

from .notify import send_summary
from .policy import is_unlawfully_present


def refer_record(record: dict) -> None:
    ReferralClient().send(restrict(record))


def refer_contact(member) -> None:
    payload = {
        "medicaid_id": member.cin,
        "phone": member.phone_number,
        "email": member.email,
        "home_address": member.home_address,
    }
    drop_contact_extras(payload)
    ReferralClient().send(payload)


def refer_batch(members) -> None:
    client = ReferralClient()
    sent = []
    for member in members:
        if not is_unlawfully_present(member):
            continue
        client.send({
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "immigration_status": member.immigration_status,
        })
        sent.append(member.cin)
    send_summary(sent)
