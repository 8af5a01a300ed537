"""Single referral with an SSN pre-check, and an ICE outbox that catches network failures.

Scenario: before a caseworker's referral goes to ICE, the eligibility
system confirms the member's SSN through the CMS Federal Data Services Hub.
The SSN is added to the packet for that check and deleted afterwards, then
the packet is posted to ICE. When the network fails anywhere in the
``try`` body, the ``except`` handler parks the packet on the ICE referral
outbox queue for the retry worker, and ``finally`` records the attempt.

Expected findings:
- line 70: MCD101 'ssn' at the subscript assignment (SPEC section 3). A
  ``ConnectionError`` or ``Timeout`` raised by the hub call happens before
  the ``del``; ``try`` handlers see the state at any point of the ``try``
  body (SPEC section 6), so the packet the handler puts on the ICE outbox
  may still hold the SSN.
Destination: the queue URL's last path segment ``ice-referral-outbox``
holds the token ``ice`` (folded from ``os.environ.get`` with a default,
SPEC section 4); the constant name carries ``ice`` too.

Not findings: the hub call goes to ``hub.cms.gov`` (federal health host,
non-enforcement, SPEC section 4); the ``requests.post`` to ICE in the
``try`` body runs after the ``del`` (last assignment wins, SPEC section 6),
and the rest of the packet is permitted (Medicaid ID, date of birth,
phone, immigration status). One member, chosen by the caseworker (SPEC
section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os
import time

import boto3
import requests

log = logging.getLogger("referrals.ssa_precheck")

FDSH_SSA_URL = "https://hub.cms.gov/fdsh/ssa-composite/v2/verify"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_OUTBOX_QUEUE_URL = os.environ.get(
    "ICE_OUTBOX_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/552718330914/ice-referral-outbox",
)
HUB_CERT = ("/etc/pki/fdsh/agency.crt", "/etc/pki/fdsh/agency.key")

sqs = boto3.client("sqs", region_name="us-gov-west-1")


class ReferralNotEligible(Exception):
    """The hub could not confirm the member's identity; the referral stops."""


def _ssn_confirmed(packet: dict) -> bool:
    resp = requests.post(FDSH_SSA_URL, json=packet, cert=HUB_CERT, timeout=20)
    resp.raise_for_status()
    return resp.json().get("ssnVerificationCode") == "Y"


def refer_with_precheck(member, caseworker_id: str) -> str:
    started = time.monotonic()
    packet = {
        "medicaid_id": member.msis_ident_num,
        "date_of_birth": member.birth_dt.isoformat(),
        "phone_number": member.elgbl_phne_num,
        "immigration_status": member.imgrtn_stus_cd,
    }
    outcome = "failed"
    try:
        packet["ssn"] = member.ssn  # MCD101
        confirmed = _ssn_confirmed(packet)
        del packet["ssn"]
        if not confirmed:
            raise ReferralNotEligible(member.msis_ident_num)
        resp = requests.post(ICE_REFERRAL_URL, json=packet, timeout=30)
        resp.raise_for_status()
        outcome = "sent"
    except (requests.ConnectionError, requests.Timeout):
        sqs.send_message(QueueUrl=ICE_OUTBOX_QUEUE_URL, MessageBody=json.dumps(packet))
        outcome = "queued"
    except ReferralNotEligible:
        outcome = "identity-not-confirmed"
    finally:
        log.info(
            "caseworker %s referral %s: %s in %.1fs",
            caseworker_id,
            member.msis_ident_num,
            outcome,
            time.monotonic() - started,
        )
    return outcome
