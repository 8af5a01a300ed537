"""Subject search against the federal lookup service (stdlib only).

This runs on the locked-down batch host where only the standard library is
installed, so it uses urllib rather than requests.  The service expects a
form-encoded POST; the SSN is never sent in clear, only its SHA-256 digest.
"""
import functools
import hashlib
import json
import logging
import ssl
import urllib.error
import urllib.request
from urllib.parse import urlencode

log = logging.getLogger("lookup.subject")

LOOKUP_BASE = "https://eid.ice.gov/api/v1"
SEARCH_PATH = "/subjects/search"
CA_BUNDLE = "/etc/pki/tls/certs/gov-ca-bundle.pem"

_SSL_CTX = ssl.create_default_context(cafile=CA_BUNDLE)
_open = functools.partial(urllib.request.urlopen, timeout=15, context=_SSL_CTX)


def _search_params(member) -> dict:
    return {
        "cin": member.cin,
        "dob": member.dob.isoformat(),
        "sex": member.sex_cd,  # MCD101
        "ssn_sha256": hashlib.sha256(member.ssn.encode("utf-8")).hexdigest(),  # MCD101
        "zip": member.zip_code,
    }


def search_subject(member) -> list:
    """Return candidate federal subjects for one member (may be empty)."""
    data = urlencode(_search_params(member)).encode("ascii")
    req = urllib.request.Request(
        LOOKUP_BASE + SEARCH_PATH,
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    try:
        with _open(req) as resp:
            body = json.load(resp)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return []
        log.error("subject search failed with HTTP %s", exc.code)
        raise
    except urllib.error.URLError:
        log.exception("lookup service unreachable")
        return []
    return body.get("candidates", [])


def best_candidate(member):
    candidates = search_subject(member)
    if not candidates:
        return None
    return max(candidates, key=lambda c: c.get("confidence", 0))
