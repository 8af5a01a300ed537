"""Async vendor client referring one enrollee at a time to ICE ERO through the EID API.
build_referral() assembles the payload; ReferralClient.submit() posts it to eid.ice.gov (§4 host).
- "full_name" entry: name is outside the six categories (§1, §5) -> MCD101 at the dict entry (§3).
- "referral_reason" entry: not in the vocabulary, not harmless -> MCD104 at the entry (§3, §5).
- "primary_dx" in the nested "clinical" dict: diagnosis -> MCD102 at the entry (§3, §6 nested dicts).
- sub["sex"] through the alias sub = payload["subject"] (§6 aliases) -> MCD101 at the subscript assignment.
- lookup_existing() interpolates member.ssn into the URL query -> MCD101 at the f-string line (§3).
medicaid_id/dob/home_address/phone_number are permitted (§1), batch_id is harmless (§5); one person, no MCD201.
"""
import logging
import ssl
import uuid

import aiohttp

log = logging.getLogger("vendor.eid.referrals")

EID_BASE = "https://eid.ice.gov/api/v2"
REFERRAL_PATH = "/referrals"
LOOKUP_PATH = "/subjects/lookup"
CLIENT_CERT = "/etc/pki/eid/client.crt"
CLIENT_KEY = "/etc/pki/eid/client.key"
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=30)


class ReferralError(RuntimeError):
    """Raised when EID rejects a referral."""


def build_referral(member, batch_id):
    """Assemble the referral document for one enrollee."""
    payload = {
        "batch_id": batch_id,
        "subject": {
            "medicaid_id": member.medicaid_id,
            "dob": member.birth_date.isoformat(),
            "home_address": member.home_address,
            "phone_number": member.phone_number,
        },
        "full_name": member.full_name,  # MCD101
        "referral_reason": member.referral_reason_text,  # MCD104
        "clinical": {
            "primary_dx": member.primary_dx,  # MCD102
        },
    }
    sub = payload["subject"]
    if member.sex:
        sub["sex"] = member.sex  # MCD101
    return payload


class ReferralClient:
    """Thin wrapper over the EID REST API (mutual TLS)."""

    def __init__(self, cert_path=CLIENT_CERT, key_path=CLIENT_KEY):
        self._referral_url = EID_BASE + REFERRAL_PATH
        self._ssl = ssl.create_default_context()
        self._ssl.load_cert_chain(cert_path, key_path)

    async def submit(self, payload):
        async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as session:
            async with session.post(self._referral_url, json=payload, ssl=self._ssl) as resp:
                if resp.status >= 400:
                    detail = await resp.text()
                    raise ReferralError(f"EID returned {resp.status}: {detail[:200]}")
                return await resp.json()

    async def lookup_existing(self, member):
        url = f"{EID_BASE}{LOOKUP_PATH}?ssn={member.ssn}"  # MCD101
        async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as session:
            async with session.get(url, ssl=self._ssl) as resp:
                if resp.status == 404:
                    return None
                resp.raise_for_status()
                found = await resp.json()
        return found.get("subject_ref")


async def refer_member(member):
    """Refer one enrollee unless EID already knows them."""
    client = ReferralClient()
    batch_id = f"single-{uuid.uuid4()}"
    existing = await client.lookup_existing(member)
    if existing:
        log.info("enrollee already referred (ref %s); skipping", existing)
        return existing
    payload = build_referral(member, batch_id)
    try:
        result = await client.submit(payload)
    except (aiohttp.ClientError, ReferralError):
        log.exception("referral failed, batch %s", batch_id)
        raise
    log.info("referral accepted: %s", result.get("referral_ref"))
    return result.get("referral_ref")
