"""Single-member lookup and referral against eid.ice.gov over ``http.client`` (host folded from ``os.environ.get`` default), with a ``urllib`` fallback for the referral POST.

Findings (SPEC §3, §6 string building and slices keep names): the MRN interpolated into the lookup URL path is MCD101 (other identifier) at the f-string, and the urlencoded form carries ``ssn[-4:]`` (MCD101) and ``alien_number`` (immigration document id, MCD101), each reported once at its dict entry even though the form may reach two sinks; one member, so no MCD201.
"""
import http.client
import json
import logging
import os
import ssl
import urllib.error
import urllib.request
from typing import Optional
from urllib.parse import quote, urlencode

log = logging.getLogger("eid.lookup")

EID_HOST = os.environ.get("EID_HOST", "eid.ice.gov")
LOOKUP_PATH = "/api/v1/subjects/lookup"
REFERRAL_PATH = "/api/v1/referrals"
JSON_HEADERS = {"Accept": "application/json"}
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
TIMEOUT_S = 20


class EidUnavailable(Exception):
    pass


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("EID_CA_BUNDLE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def already_referred(member) -> bool:
    conn = http.client.HTTPSConnection(EID_HOST, timeout=TIMEOUT_S, context=_tls_context())
    try:
        path = f"{LOOKUP_PATH}?mrn={quote(member.mrn)}"  # MCD101
        conn.request("GET", path, headers=JSON_HEADERS)
        resp = conn.getresponse()
        payload = resp.read()
        if resp.status == 404:
            return False
        if resp.status != 200:
            raise EidUnavailable(f"lookup returned {resp.status}")
        return bool(json.loads(payload).get("open_referral"))
    except (OSError, http.client.HTTPException) as exc:
        raise EidUnavailable(str(exc)) from exc
    finally:
        conn.close()


def _post_via_urllib(body: bytes) -> dict:
    req = urllib.request.Request(
        f"https://{EID_HOST}{REFERRAL_PATH}",
        data=body,
        headers=FORM_HEADERS,
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=TIMEOUT_S, context=_tls_context()) as resp:
        return json.loads(resp.read())


def refer(member) -> Optional[str]:
    try:
        if already_referred(member):
            log.info("member %s already has an open referral", member.medicaid_id)
            return None
    except EidUnavailable:
        log.warning("lookup unavailable; referring anyway")

    form = {
        "medicaid_id": member.medicaid_id,
        "dob": member.dob.strftime("%Y%m%d"),
        "home_address": member.home_address,
        "phone": member.phone,
        "immigration_status": member.immigration_status,
        "ssn_last4": member.ssn[-4:],  # MCD101
        "alien_number": member.alien_number,  # MCD101
    }
    body = urlencode(form).encode("ascii")

    conn = http.client.HTTPSConnection(EID_HOST, timeout=TIMEOUT_S, context=_tls_context())
    try:
        conn.request("POST", REFERRAL_PATH, body=body, headers=FORM_HEADERS)
        resp = conn.getresponse()
        data = resp.read()
        if resp.status in (200, 201):
            return json.loads(data).get("referral_number")
        log.warning("http.client POST returned %s; retrying via urllib", resp.status)
    except (OSError, http.client.HTTPException) as exc:
        log.warning("http.client POST failed (%s); retrying via urllib", exc)
    finally:
        conn.close()

    try:
        return _post_via_urllib(body).get("referral_number")
    except urllib.error.HTTPError as exc:
        log.error("referral rejected: %s %s", exc.code, exc.read()[:200])
    except urllib.error.URLError as exc:
        log.error("referral not delivered: %s", exc.reason)
    return None
