# OPTIONS: sinks=mmis_bridge.transport.publish
"""A project function configured as a sink by its module path, imported relatively.

Scenario: a vendor's `mmis_bridge` package publishes to its message broker
through its own `mmis_bridge.transport.publish(topic, message)`, configured
as a sink by that project module path (`--medicaid-sinks`). This module of
the package imports it relatively (`from .transport import publish`), which
resolves to the configured path. The referral topic `ice.eid.referrals.v1`
contains the token `ice` (SPEC section 4), so its message goes to an
enforcement endpoint: the first name and household income are MCD101, the
pregnancy status is MCD102; Medicaid ID, immigration status, mailing
address and the request id are permitted or harmless. A configured sink is
an enforcement sink (README, "--medicaid-sinks"): only a destination that
resolves to a non-enforcement host clears it, and a topic name with no token
does not, so the SSN and diagnoses sent on the eligibility topic are
findings too.
"""
from .transport import publish

ICE_REFERRAL_TOPIC = "ice.eid.referrals.v1"
ELIGIBILITY_TOPIC = "mmis.eligibility.changes.v3"


def publish_referral(member, request_id):
    publish(ICE_REFERRAL_TOPIC, {
        "request_id": request_id,
        "medicaid_id": member.medicaid_id,
        "immigration_status": member.immigration_status,
        "mailing_address": member.mailing_address,
        "first_name": member.first_name,  # MCD101
        "household_income": member.household_income,  # MCD101
        "pregnancy_status": member.pregnancy_status,  # MCD102
    })


def publish_eligibility_change(member, request_id):
    publish(ELIGIBILITY_TOPIC, {
        "request_id": request_id,
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,  # MCD101
        "diagnosis_codes": member.diagnosis_codes,  # MCD102
    })
