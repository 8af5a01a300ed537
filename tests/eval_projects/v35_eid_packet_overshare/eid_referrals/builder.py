"""Turns a subject record into the JSON packet EID expects."""


def build_packet(subject):
    return {
        "medicaid_id": subject.medicaid_id,
        "dob": subject.date_of_birth,
        "immigration_status": subject.immigration_status,
        "full_name": subject.full_name,
        "ssn_last4": subject.ssn[-4:],
        "diagnosis": subject.primary_diagnosis,
    }


def snapshot(subject):
    """Everything we hold on the subject, for the analyst's review."""
    return vars(subject)
