"""Packet builders. Some return a new dict, some fill in the caller's dict."""


def base_packet(member):
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth,
        "immigration_status": member.immigration_status,
    }


def add_contact(packet, member):
    packet["phone"] = member.phone
    packet["home_address"] = member.home_address
    packet["email"] = member.email


def add_household(packet, member):
    packet.update(
        household_size=member.household_size,
        case_number=member.case_number,
    )


def full_profile(member):
    profile = base_packet(member)
    profile["phone"] = member.phone
    profile["home_address"] = member.home_address
    profile["first_name"] = member.first_name
    profile["last_name"] = member.last_name
    profile["ssn"] = member.ssn
    profile["primary_diagnosis"] = member.primary_diagnosis
    return profile


def as_record(member):
    return vars(member)
