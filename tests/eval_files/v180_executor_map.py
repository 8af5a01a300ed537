"""Thread-pool fan-out: executor.map(send_one, enrollees) over a Django queryset; send_one posts one enrollee to ICE.

Flagged: pool.map applies send_one (parameter reaches the ICE sink) to a county queryset filtered only by county and enrollment.
"""
import logging
from concurrent.futures import ThreadPoolExecutor

import requests

from enrollment.models import Enrollee

ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"
log = logging.getLogger(__name__)
_session = requests.Session()


def send_one(enrollee):
    payload = {
        "medicaid_id": enrollee.msis_ident_num,
        "date_of_birth": enrollee.birth_dt.isoformat(),
        "home_address": enrollee.elgbl_line_1_adr,
        "zip_code": enrollee.elgbl_zip_cd,
    }
    resp = _session.post(ICE_EID_URL, json=payload, timeout=30)
    return resp.status_code


def refer_county(county_cd, workers=8):
    enrollees = Enrollee.objects.filter(county_cd=county_cd, enrlmt_end_dt__isnull=True)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        codes = list(pool.map(send_one, enrollees))  # MCD201
    failed = sum(1 for c in codes if c >= 400)
    log.info("county %s: %d sent, %d failed", county_cd, len(codes), failed)
    return failed
