"""Payload builders that fill a caller's body in place."""


def add_identity(body, member):
    body["medicaid_id"] = member.cin
    body["date_of_birth"] = member.birth_date.isoformat()
    body["sex"] = member.gender


def add_residence(body, member):
    home = body.setdefault("home_address", {})
    home["street_address"] = member.street_address
    home["city"] = member.city
    home["zip_code"] = member.zip_code
    home["living_situation"] = member.living_situation
