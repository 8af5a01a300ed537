"""Field mapping between our member model and partner formats."""

# our attribute -> the MCO's 834 element name
MCO_834_FIELDS = {
    "cin": "subscriber_id",
    "dob": "birth_date",
    "home_address": "address_line1",
    "pcp_name": "pcp_name",
    "aid_code": "aid_code",
}


def mco_enrollment(member):
    return {theirs: getattr(member, ours) for ours, theirs in MCO_834_FIELDS.items()}


def subject_packet(member):
    """Subject packet in the layout the EID intake form uses."""
    return {
        "msis_ident_num": member.msis_ident_num,
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "eligibility_group": member.eligibility_group,
        "hiv_status": member.hiv_status,
    }
