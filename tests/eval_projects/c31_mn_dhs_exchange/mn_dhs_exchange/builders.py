"""Builders for MN-ITS referrals and SAVE verification requests."""
from __future__ import annotations

from typing import Any, Mapping

from mn_dhs_exchange.models import MnDhsReferral, SaveVerificationRequest


def build_mn_dhs_referral(row: Mapping[str, Any]) -> MnDhsReferral:
    return MnDhsReferral(
        pmi_number=row["pmi_number"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        ssn=row["ssn"],
        date_of_birth=row["dob"],
        county_of_financial_responsibility=row["cfr_county"],
        diagnosis_codes=row.get("dx_codes", []),
        ice_contact_name=row.get("emergency_contact_name"),
        ice_contact_phone=row.get("emergency_contact_phone"),
    )


def build_save_request(applicant: Mapping[str, Any]) -> SaveVerificationRequest:
    return SaveVerificationRequest(
        alien_number=applicant["a_number"],
        i94_number=applicant.get("i94_number"),
        first_name=applicant["first_name"],
        last_name=applicant["last_name"],
        date_of_birth=applicant["dob"],
    )
