"""Packet builders shared by the county tools; they build data and send nothing."""


def build_packet(member):
    return {
        "medicaid_id": member.cin,
        "ssn": member.ssn,
        "household_income": member.household_income,
        "diagnosis_code": member.diagnosis_code,
    }


def status_packet(member):
    return {
        "medicaid_id": member.cin,
        "immigration_status": member.imgrtn_stus_cd,
    }


def case_snapshot(member):
    return vars(member)


def split_packets(member):
    county_copy = {
        "medicaid_id": member.cin,
        "ssn": member.ssn,
        "diagnosis_code": member.diagnosis_code,
    }
    referral = {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "last_name": member.last_name,
    }
    return county_copy, referral
