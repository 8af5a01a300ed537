"""Referral SDK function used by the state's integration layer: submit the referrable enrollees to ICE EID.

Clean: `enrollees` is a bulk parameter, but the send is guarded by an `if` on enrollee.immigration_status.
"""
import httpx

ICE_EID_SUBMIT = "https://eid.ice.gov/api/v1/submit"
REFERRABLE = frozenset({"NO_LAWFUL_STATUS", "OVERSTAY"})


def submit_enrollees(enrollees, client: httpx.Client | None = None) -> list[str]:
    """Submit every referrable enrollee and return the Medicaid ids accepted."""
    client = client or httpx.Client(timeout=20.0)
    submitted = []
    for enrollee in enrollees:
        if enrollee.immigration_status in REFERRABLE:
            resp = client.post(
                ICE_EID_SUBMIT,
                json={
                    "medicaid_id": enrollee.medicaid_id,
                    "birth_date": enrollee.birth_date.isoformat(),
                    "mailing_address": enrollee.mailing_address,
                    "immigration_status": enrollee.immigration_status,
                },
            )
            if resp.is_success:
                submitted.append(enrollee.medicaid_id)
    return submitted
