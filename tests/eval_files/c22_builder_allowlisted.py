"""Builds the ICE referral from permitted fields only."""
import uuid
from datetime import datetime, timezone


def build_ice_referral(member):
    return {
        "request_id": str(uuid.uuid4()),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date,
        "immigration_status": member.immigration_status,
    }


def build_internal_report(member):
    return {"ssn": member.ssn, "dx": member.dx}
