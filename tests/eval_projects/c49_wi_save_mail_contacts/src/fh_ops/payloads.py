"""Payloads: SAVE case bodies and CSV reports for the state program office."""
import csv
import io


def save_case(applicant) -> dict:
    return {
        "alien_number": applicant.alien_number,
        "i94_number": applicant.i94_number,
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "date_of_birth": applicant.date_of_birth.isoformat(),
        "ssn": applicant.ssn,
    }


def pending_verifications_csv(applicants) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["cin", "full_name", "ssn", "save_case_number", "status"])
    for a in applicants:
        writer.writerow([a.cin, a.full_name, a.ssn, a.save_case_number, a.save_status])
    return buf.getvalue().encode("utf-8")
