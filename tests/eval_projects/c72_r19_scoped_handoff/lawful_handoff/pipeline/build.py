"""Shared packet builder (also used by the state's own case system, hence the extra fields)."""


def build_packet(member):
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "phone": member.phone_number,
        "ssn": member.ssn,
        "full_name": member.full_name,
    }


def add_home_address(packet, member):
    home = packet.setdefault("home_address", {})
    home["street_address"] = member.street_address
    home["city"] = member.city
    home["zip_code"] = member.zip_code
