"""Initial SAVE verification of an applicant's immigration documents."""

from .api.clients import DhsSaveClient as SaveClient


def initiate_verification(applicant):
    return SaveClient().post_json("/cases", {
        "ssn": applicant.ssn,
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "date_of_birth": applicant.birth_date.isoformat(),
        "alien_number": applicant.alien_number,
        "i94_number": applicant.i94_number,
        "visa_number": applicant.visa_number,
    })
