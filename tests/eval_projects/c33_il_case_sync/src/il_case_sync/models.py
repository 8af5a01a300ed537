from dataclasses import dataclass, field


@dataclass
class CaseMember:
    medicaid_id: str
    full_name: str
    ssn: str
    date_of_birth: str
    home_address: str
    phone_number: str
    email_address: str
    preferred_language: str
    immigration_status: str
    alien_number: str | None
    household_income: int
    ice_contact_name: str | None = None
    ice_contact_phone: str | None = None
    diagnosis_codes: list[str] = field(default_factory=list)
