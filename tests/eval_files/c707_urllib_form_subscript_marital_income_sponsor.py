"""Form-encoded referral to a DHS intake service via urllib: fields added by subscript assignment, one only in a branch.

Scenario: a county eligibility office's referral script (standard library
only) sends an applicant's details to the ERO intake form service as
``application/x-www-form-urlencoded``. The base form holds permitted fields;
later edits appended the marital status, the monthly income and, when the
application lists a sponsor, the sponsor's name.

Expected findings: (SPEC section 3, "the subscript assignment" is the
placement; the form reaches ``Request(data=...)`` through ``urlencode`` and
``.encode``, which keep names, SPEC section 6):
- line 53: MCD101 'marital_status';
- line 54: MCD101 'monthly_income' (income; ``str()`` keeps the name);
- line 56: MCD101 'sponsor_name' (a name; the branch joins before the send,
  SPEC section 6).
Destination: ``DHS_REFERRAL_URL`` on ``ero-intake.dhs.gov`` matches
``*.dhs.gov`` (SPEC section 4).

Not findings: Medicaid ID, date of birth, street, city, ZIP and immigration
status are permitted; ``agency_code`` is harmless and a constant (SPEC
section 5). One applicant per call (no MCD201).
"""
from __future__ import annotations

import json
import logging
import ssl
from urllib.parse import urlencode
from urllib.request import Request, urlopen

log = logging.getLogger("county.referrals")

DHS_REFERRAL_URL = "https://ero-intake.dhs.gov/forms/v1/referrals"
AGENCY_CODE = "CO-ADAMS-EO"


def _ssl_ctx() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/pki/tls/certs/ca-bundle.crt")
    ctx.load_cert_chain("/etc/referrals/client.pem", "/etc/referrals/client.key")
    return ctx


def submit_referral(app) -> str:
    form = {
        "agency_code": AGENCY_CODE,
        "medicaid_id": app.medicaid_id,
        "dob": app.dob.strftime("%m/%d/%Y"),
        "street": app.street,
        "city": app.city,
        "zip": app.zip,
        "immigration_status": app.immigration_status,
    }
    form["marital_status"] = app.marital_status  # MCD101
    form["monthly_income"] = str(app.monthly_income)  # MCD101
    if app.sponsor is not None:
        form["sponsor_name"] = app.sponsor.full_name  # MCD101

    req = Request(
        DHS_REFERRAL_URL,
        data=urlencode(form).encode("ascii"),
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with urlopen(req, timeout=30, context=_ssl_ctx()) as resp:
        answer = json.loads(resp.read().decode("utf-8"))
    log.info("referral for %s accepted as %s", app.medicaid_id, answer.get("referral_number"))
    return answer.get("referral_number", "")


def submit_with_retry(app, attempts: int = 3) -> str:
    last_error: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return submit_referral(app)
        except OSError as exc:
            last_error = exc
            log.warning("referral attempt %d for %s failed: %s", attempt, app.medicaid_id, exc)
    raise RuntimeError("referral not delivered") from last_error
