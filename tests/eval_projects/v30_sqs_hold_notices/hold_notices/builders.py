"""Message builders shared by every queue."""
from __future__ import annotations

from typing import Any

from hold_notices.models import CaseSnapshot


def build_message(snap: CaseSnapshot) -> dict[str, Any]:
    return {
        "cin": snap.cin,
        "dob": snap.birth_date.isoformat(),
        "address": snap.home_address,
        "ssn": snap.ssn,
        "diagnosis_code": snap.primary_diagnosis,
    }
