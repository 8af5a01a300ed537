"""Packet helpers: one returns a tuple, one fills in the caller's dict."""


def identity_block(member):
    packet = {
        "medicaid_id": member.medicaid_id,
        "phone_number": member.phone_number,
        "date_of_birth": member.date_of_birth.isoformat(),
    }
    return packet, member.medicaid_id


def add_household(packet, member):
    packet["household_size"] = member.household_size
    packet["monthly_income"] = member.monthly_income
