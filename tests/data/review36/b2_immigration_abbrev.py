# B2 (gap, incomplete fix): only the spelled-out word 'immigration' overrides a qualifier; IMMIG_,
# IMGRTN_ (the T-MSIS abbreviation, cf. imgrtn_stus_cd) and IMMIGRANT_ names stay neutralized.
# base : nothing
# after: only the control, line 31 (MCD-101 'ssn'); lines 19, 23, 27 still clean
# SPEC 4: enforcement tokens mark a name; the qualifier exception is for 'another domain of law'.
#   IMMIG_ENFORCEMENT_PHARMACY_CLAIMS_URL is immigration enforcement (of pharmacy claims), exactly
#   the case the change fixed for IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL.
import os

import requests

IMMIG_ENFORCEMENT_PHARMACY_CLAIMS_URL = os.environ["IMMIG_ENFORCEMENT_PHARMACY_CLAIMS_URL"]
IMGRTN_ENFORCEMENT_PHARMACY_CLAIMS_URL = os.environ["IMGRTN_ENFORCEMENT_PHARMACY_CLAIMS_URL"]
IMMIGRANT_FRAUD_ENFORCEMENT_URL = os.environ["IMMIGRANT_FRAUD_ENFORCEMENT_URL"]
IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL = os.environ["IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL"]


def a(m):
    requests.post(IMMIG_ENFORCEMENT_PHARMACY_CLAIMS_URL, json={"ssn": m.ssn}, timeout=30)  # MCD101


def b(m):
    requests.post(IMGRTN_ENFORCEMENT_PHARMACY_CLAIMS_URL, json={"ssn": m.ssn}, timeout=30)  # MCD101


def c(m):
    requests.post(IMMIGRANT_FRAUD_ENFORCEMENT_URL, json={"ssn": m.ssn}, timeout=30)  # MCD101


def control(m):
    requests.post(IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL, json={"ssn": m.ssn}, timeout=30)  # MCD101
