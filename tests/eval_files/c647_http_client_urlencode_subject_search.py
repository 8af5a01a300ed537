"""EID subject search for one applicant before a detainer inquiry.

Scenario: a federal contractor's desktop tool, used by an eligibility
supervisor, searches the ICE EID subject index for one applicant. The
query string is built in ``_search_path`` with ``urlencode`` and sent by
``search_subject`` with ``http.client`` to ``eid-api.ice.gov``.

Expected findings:
- line 50: MCD101 'last_name' (name), under the query key ``surname``;
- line 51: MCD101 'birth_country' (national_origin).
  Each is a dict entry of the query dict (SPEC section 3); ``urlencode``
  keeps the names of its input and a field that enters a URL is reported
  where it entered, even when the URL is sent later by another function
  (SPEC section 6).
Destination: ``http.client.HTTPSConnection(EID_HOST)`` with ``EID_HOST``
folded to ``eid-api.ice.gov`` (``*.ice.gov``, SPEC section 4).

Not findings: date of birth and ZIP code are permitted; the headers are
constants; one applicant chosen by the supervisor (SPEC section 10, "Not
bulk"). The response is only read.
"""
from __future__ import annotations

import http.client
import json
import logging
import ssl
from dataclasses import dataclass
from urllib.parse import urlencode

log = logging.getLogger("contractor.eid_search")

EID_HOST = "eid-api.ice.gov"
SEARCH_PATH = "/v3/subjects/search"
CA_BUNDLE = "/etc/pki/tls/certs/federal-common-policy.pem"
HEADERS = {"Accept": "application/json", "User-Agent": "elig-supervisor-tool/2.4"}


@dataclass(frozen=True)
class SearchResult:
    candidates: int
    best_score: float


def _search_path(applicant) -> str:
    query = urlencode(
        {
            "dob": applicant.date_of_birth.isoformat(),
            "zip": applicant.zip_code,
            "surname": applicant.last_name,  # MCD101
            "birth_country": applicant.birth_country,  # MCD101
            "limit": 25,
        }
    )
    return f"{SEARCH_PATH}?{query}"


def search_subject(applicant) -> SearchResult:
    path = _search_path(applicant)
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    conn = http.client.HTTPSConnection(EID_HOST, context=ctx, timeout=20)
    try:
        conn.request("GET", path, headers=HEADERS)
        resp = conn.getresponse()
        raw = resp.read()
    finally:
        conn.close()
    if resp.status == 404:
        return SearchResult(candidates=0, best_score=0.0)
    if resp.status != 200:
        raise RuntimeError(f"EID search failed: HTTP {resp.status}")
    hits = json.loads(raw).get("hits", [])
    best = max((h.get("score", 0.0) for h in hits), default=0.0)
    log.info("EID search returned %d candidates", len(hits))
    return SearchResult(candidates=len(hits), best_score=best)
