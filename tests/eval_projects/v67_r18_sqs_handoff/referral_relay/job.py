"""Entry points called by the case-management UI, one enrollee at a time."""

from referral_relay import build_packet

from .mutators import attach_contact
from .transport import QueueTransport


def refer_member(member):
    packet = build_packet(member)
    attach_contact(packet, member)
    QueueTransport().publish(packet)  # MCD101 MCD101 MCD101


def refer_with_household(member):
    packet = build_packet(member)
    packet["household_members"] = member.household_members  # MCD101
    QueueTransport().publish(packet)  # MCD101 MCD101


def refer_status_only(member):
    transport = QueueTransport()
    transport.publish({"medicaid_id": member.cin, "immigration_status": member.immigration_status})
