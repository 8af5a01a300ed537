"""Builders for case-file documents."""
from dataclasses import asdict, dataclass


@dataclass
class CaseSummary:
    medicaid_id: str
    date_of_birth: str
    mailing_address: str
    primary_language: str
    monthly_income: int


def summarize(case):
    summary = CaseSummary(
        medicaid_id=case.medicaid_id,
        date_of_birth=case.dob,
        mailing_address=case.mailing_address,
        primary_language=case.primary_language,
        monthly_income=case.monthly_income,
    )
    return asdict(summary)


def snapshot(case):
    """Full copy of the case object, for audit."""
    return dict(vars(case))
