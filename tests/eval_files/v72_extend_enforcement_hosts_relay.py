# OPTIONS: extend_enforcement_hosts=*.casebridge-relay.net
"""`extend_enforcement_hosts` adds a vendor relay to the enforcement hosts; the defaults still hold.

Scenario: a state agency learned that its vendor's hand-off relay
(intake.casebridge-relay.net) forwards to ERO, and adds it with
`--medicaid-extend-enforcement-hosts`, which adds to the default patterns
instead of replacing them (SPEC section 7). The relay constant has a
neutral name, so only the configured host makes it enforcement: the SSN and
the primary language sent there are MCD101. The defaults still hold on both
sides: eid.ice.gov (default `*.ice.gov`) is still enforcement, so the e-mail
address sent there is MCD101; eligibility.dhs.illinois.gov is still a state
host on the non-enforcement list despite `DHS` in its constant's name, so the
SSN and diagnosis sent there are no findings.
"""
import httpx
import requests

RELAY_URL = "https://intake.casebridge-relay.net/v1/handoffs"
DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
EID_SUBJECTS_URL = "https://eid.ice.gov/api/v1/subjects"


def hand_off(member):
    requests.post(RELAY_URL, json={
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "ssn": member.ssn,  # MCD101
        "primary_language": member.primary_language,  # MCD101
    }, timeout=30)


def update_state_eligibility(member):
    requests.post(DHS_ELIGIBILITY_URL + "/members", json={
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "diagnosis": member.diagnosis,
    }, timeout=30)


def register_subject(member):
    httpx.post(EID_SUBJECTS_URL, json={
        "cin": member.cin,
        "phone": member.phone,
        "email": member.email,  # MCD101
    })
