"""Helpers that enrich a packet in place."""


def attach_contact(packet, member):
    packet["phone"] = member.phone_number
    packet["mailing_address"] = member.mailing_address
    packet["email"] = member.email
