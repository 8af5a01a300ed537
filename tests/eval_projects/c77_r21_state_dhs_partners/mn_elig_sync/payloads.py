"""Payload builders for the state and SAVE exchanges."""
from dataclasses import dataclass


@dataclass
class SaveRequest:
    alien_number: str
    i94_number: str
    first_name: str
    last_name: str
    date_of_birth: str


def save_request(applicant):
    return SaveRequest(
        alien_number=applicant.alien_number,
        i94_number=applicant.i94_number,
        first_name=applicant.first_name,
        last_name=applicant.last_name,
        date_of_birth=applicant.dob.isoformat(),
    )


def renewal_packet(member):
    return {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "household_income": member.household_income,
        "diagnosis_code": member.diagnosis_code,
        "pregnancy_due_on": member.pregnancy_due_on,
    }


def add_household(packet, member):
    packet["household_size"] = member.household_size
    packet["case_number"] = member.case_number
