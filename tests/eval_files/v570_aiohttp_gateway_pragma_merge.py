"""aiohttp web handler that forwards one enrollee to a referral gateway marked as an enforcement sink.

Scenario: a vendor's aiohttp service exposes ``POST /referrals/{cin}``.  It
loads the enrollee, builds a base dict of permitted fields in a helper,
merges an ``extra`` dict into it with ``{**a, **b}``, and forwards the result
with a case-number header to a vendor-run referral gateway whose URL the
linter cannot tie to an enforcement host.  The team marked the forwarding
coroutine with ``# medicaid-scope: enforcement`` because the gateway relays
to ICE.

Destination: SPEC 4 "Sinks": "any call or function marked with the pragma
``# medicaid-scope: enforcement``" - ``_forward`` is such a function, so
what its callers pass it reaches an enforcement endpoint.

Expected findings (SPEC 3: reported at the dict entry that places the value;
SPEC 6 follows ``{**a, **b}`` and same-module helpers):
- MCD101 at ``"preferred_language"`` in ``extra`` (language).
- MCD101 at ``"household_size"`` in ``extra`` (household).
- MCD101 at the header entry ``"X-Case-Number"`` (``case_number`` is the
  eligibility case / household number, medicaid-fields.tsv); headers are
  data (SPEC 4 HTTP sinks).
The base dict holds only permitted categories (SPEC 1) and the other header
is a constant (SPEC 5).  One enrollee chosen by the request path: no MCD201
(SPEC 10 "Not bulk").
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Optional

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from mmis.repo import load_enrollee

log = logging.getLogger("gateway.referrals")

REFERRAL_GATEWAY_URL = os.environ.get(
    "REFERRAL_GATEWAY_URL", "https://gateway.referral-hub.net/v1/inbound"
)
MAX_ATTEMPTS = 3

_http: Optional[ClientSession] = None


async def _forward(payload, headers):  # medicaid-scope: enforcement
    assert _http is not None, "client session not started"
    for attempt in range(MAX_ATTEMPTS):
        try:
            async with _http.post(REFERRAL_GATEWAY_URL, json=payload, headers=headers) as resp:
                resp.raise_for_status()
                return await resp.json()
        except ClientError as exc:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            log.warning("gateway attempt %d failed: %s", attempt + 1, exc)
            await asyncio.sleep(2**attempt)
    return {}


def _base(enrollee):
    return {
        "medicaid_id": enrollee.medicaid_id,
        "date_of_birth": enrollee.date_of_birth.isoformat(),
        "home_address": enrollee.home_address,
        "phone_number": enrollee.phone_number,
        "immigration_status": enrollee.immigration_status,
    }


async def handle_referral(request: web.Request) -> web.Response:
    cin = request.match_info["cin"]
    enrollee = await load_enrollee(request.app["db"], cin)
    if enrollee is None:
        raise web.HTTPNotFound(text="unknown CIN")
    extra = {
        "preferred_language": enrollee.preferred_language,  # MCD101
        "household_size": enrollee.household_size,  # MCD101
    }
    payload = {**_base(enrollee), **extra}
    headers = {
        "X-Source-System": "MMIS",
        "X-Case-Number": enrollee.case_number,  # MCD101
    }
    try:
        result = await _forward(payload, headers)
    except ClientError:
        log.exception("referral for %s not delivered", cin)
        raise web.HTTPBadGateway(text="gateway unavailable")
    return web.json_response({"status": "forwarded", "gateway_ref": result.get("ref")})


async def _start_http(app: web.Application):
    global _http
    _http = ClientSession(timeout=ClientTimeout(total=30))


async def _stop_http(app: web.Application):
    if _http is not None:
        await _http.close()


def make_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.on_startup.append(_start_http)
    app.on_cleanup.append(_stop_http)
    app.router.add_post("/referrals/{cin}", handle_referral)
    return app
