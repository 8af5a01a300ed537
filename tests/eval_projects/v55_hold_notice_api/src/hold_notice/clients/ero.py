"""ERO hold-notice gateway client."""
import httpx
from pydantic import BaseModel

from hold_notice import config


class EroHoldNotice(BaseModel):
    medicaid_id: str
    date_of_birth: str
    mailing_address: str
    phone: str | None = None
    primary_language: str | None = None  # MCD101
    pcp_name: str | None = None  # MCD102


def file_hold_notice(member):
    notice = EroHoldNotice(
        medicaid_id=member.cin,
        date_of_birth=member.dob.isoformat(),
        mailing_address=member.mailing_address,
        phone=member.phone_number,
        primary_language=member.primary_language,
        pcp_name=member.pcp_name,
    )
    return httpx.post(
        f"{config.ERO_API_BASE}/hold-notices",
        content=notice.model_dump_json(),
        headers={"Content-Type": "application/json"},
        timeout=20.0,
    )


def send_raw(payload):
    return httpx.post(f"{config.ERO_API_BASE}/hold-notices", json=payload, timeout=20.0)
