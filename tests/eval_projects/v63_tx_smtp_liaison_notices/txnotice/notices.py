"""Single-enrollee notice, sent when a caseworker confirms a liaison request."""
import json
from dataclasses import asdict, dataclass

from . import mailer


@dataclass
class EroNotice:
    medicaid_id: str
    date_of_birth: str
    immigration_status: str
    home_address: str
    phone: str
    full_name: str  # MCD101
    primary_dx: str = ""  # MCD102


def notify(case):
    notice = EroNotice(
        medicaid_id=case.medicaid_id,
        date_of_birth=case.dob.isoformat(),
        immigration_status=case.imgrtn_stus_cd,
        home_address=case.home_address,
        phone=case.phone,
        full_name=case.full_name,
        primary_dx=case.primary_dx,
    )
    mailer.send_notice("Medicaid enrollee notice", json.dumps(asdict(notice), indent=2))
