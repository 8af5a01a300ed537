"""Traveler-match lookup against CBP with ``urllib.request``: query string from ``urlencode`` plus a JSON body.

Scenario: a state program-integrity analyst's tool asks a CBP matching API
whether one enrollee has travel records.  The query string is built with
``urlencode`` in a helper; the POST body carries the CIN and passport
number.  The request is retried on 5xx and network errors.

Destination: ``CBP_MATCH_URL`` resolves to ``match.cbp.gov`` (``*.cbp.gov``,
SPEC 4); ``urllib.request.Request``/``urlopen`` are HTTP sinks, and a field
interpolated into the URL is sent (SPEC 4, SPEC 6 "a field that enters a
URL is reported where it entered").

Expected findings (SPEC 3: at the dict entry; ``urlencode`` keeps names,
SPEC 6):
- ``"last_name"`` entry in the query dict -> name, MCD101.
- ``"birth_country"`` entry -> national origin, MCD101
  (medicaid-fields.tsv: ``birth_country`` is not a date of birth).
- The body dict line with ``"passport_number"`` -> immigration document id,
  MCD101 (its ``cin`` entry on the same line is permitted).
``dob`` and ``zip`` are permitted.  One enrollee chosen by the caller: no
MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os
import time
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

log = logging.getLogger("pi.travel_match")

CBP_MATCH_URL = os.environ.get("CBP_MATCH_URL", "https://match.cbp.gov/api/v1/travelers/search")
ATTEMPTS = 3


def _query(m):
    return urlencode(
        {
            "dob": m.birth_date.isoformat(),
            "zip": m.zip_code,
            "last_name": m.last_name,  # MCD101
            "birth_country": m.birth_country,  # MCD101
        }
    )


def lookup(m):
    url = f"{CBP_MATCH_URL}?{_query(m)}"
    body = json.dumps({"cin": m.cin, "passport_number": m.passport_number}).encode("utf-8")  # MCD101
    req = Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    delay = 1.0
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with urlopen(req, timeout=20) as resp:
                result = json.load(resp)
                log.info("lookup for %s: %d candidate(s)", m.cin, len(result.get("matches", [])))
                return result
        except HTTPError as exc:
            if exc.code < 500 or attempt == ATTEMPTS:
                raise
            log.warning("HTTP %s from CBP, retrying", exc.code)
        except URLError as exc:
            if attempt == ATTEMPTS:
                raise
            log.warning("network error %s, retrying", exc.reason)
        time.sleep(delay)
        delay *= 2
    return None
