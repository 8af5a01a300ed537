"""Scheduled jobs and event handlers."""
import io
import logging

import boto3
import requests

from idhs_integrations import ChildSupportEnforcementClient, DhsEligibilityClient, SaveClient
from .builders import add_contact, cse_referral, eligibility_record, save_request
from .clients import StateHubClient
from .settings import (
    AWS_REGION,
    CARE_COORD_CONTACTS_URL,
    IL_DHS_BACKUP_BUCKET,
    NOTICE_PRINT_URL,
)

log = logging.getLogger(__name__)

dhs_client = DhsEligibilityClient()
save = SaveClient()
cse = ChildSupportEnforcementClient()
hub = StateHubClient()
s3 = boto3.client("s3", region_name=AWS_REGION)


def nightly_eligibility_sync(cases) -> None:
    for case in cases:
        dhs_client.push_case(eligibility_record(case))
        hub.forward({"event": "CASE_SYNCED", "case": vars(case)})


def verify_immigration_status(applicant) -> str:
    return save.initiate(save_request(applicant))


def refer_to_child_support(case) -> None:
    referral = cse_referral(case)
    add_contact(referral, case)
    cse.refer(referral)


def sync_ice_contacts(members) -> None:
    """In-case-of-emergency contacts for the care-coordination vendor."""
    for m in members:
        requests.post(
            CARE_COORD_CONTACTS_URL,
            json={
                "member_id": m.member_id,
                "ice_contact_name": m.ice_contact_name,
                "ice_contact_phone": m.ice_contact_phone,
                "ice_contact_relationship": m.ice_contact_relationship,
            },
            timeout=30,
        )


def send_eligibility_notice(case, notice_type: str) -> None:
    body = {"template": notice_type, "recipient_ssn": case.ssn, "aid_code": case.aid_code}
    add_contact(body, case)
    requests.post(NOTICE_PRINT_URL, json=body, timeout=30).raise_for_status()


def backup_to_mft(df, run_date: str) -> None:
    buf = io.BytesIO()
    df.to_parquet(buf)
    s3.put_object(
        Bucket=IL_DHS_BACKUP_BUCKET,
        Key=f"ies/{run_date}/cases.parquet",
        Body=buf.getvalue(),
    )
