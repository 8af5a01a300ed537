"""Medi-Cal integration clients: a shared base (session, mounted retries, a
retry decorator), a subclass for the state MMIS API and a subclass for the
ICE EID referral API. CLI: push one member by CIN, refer only if unlawfully
present.

CLEAN (no finding expected).
- StateMmisClient.push_member sends SSN, name, aid code and diagnosis, but to
  mmis-api.dhcs.ca.gov (ca.gov, state domain) set in its own __init__ from a
  constant (SPEC 4, SPEC 8).
- IceEidClient.refer builds its body from permitted fields only
  (msis_ident_num, birth_dt, elgbl_phne_num, elgbl_*_home address parts,
  imgrtn_stus_cd, ctznshp_ind) plus request_id (harmless) (SPEC 1, SPEC 5).
- main() refers one member chosen by the caller (lookup by CIN), after an
  early return when the member is not unlawfully present: not bulk (SPEC 10).
"""
import argparse
import functools
import logging
import os
import time
import uuid

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from medi_cal.repository import load_member_by_cin

log = logging.getLogger("medi_cal.clients")

MMIS_BASE = "https://mmis-api.dhcs.ca.gov/v3"
ICE_EID_BASE = os.environ.get("ICE_EID_BASE", "https://eid.ice.gov/api/v2")
UNLAWFUL_STATUS_CODES = frozenset({"3"})


def retry(times: int = 3, delay: float = 2.0):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except requests.ConnectionError:
                    if attempt == times:
                        raise
                    time.sleep(delay * attempt)
        return wrapper
    return decorator


class _ApiClient:
    def __init__(self, timeout: float = 30.0):
        self.timeout = timeout
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=Retry(total=2, status_forcelist=(502, 503, 504)))
        self.session.mount("https://", adapter)


class StateMmisClient(_ApiClient):
    def __init__(self):
        super().__init__(timeout=60.0)
        self.base_url = MMIS_BASE

    @retry(times=4)
    def push_member(self, member) -> None:
        payload = {
            "cin": member.cin,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "aid_code": member.aid_code,
            "primary_diagnosis": member.primary_diagnosis,
        }
        resp = self.session.post(f"{self.base_url}/members/sync", json=payload, timeout=self.timeout)
        resp.raise_for_status()


class IceEidClient(_ApiClient):
    def __init__(self):
        super().__init__(timeout=30.0)
        self.base_url = ICE_EID_BASE

    @retry(times=2)
    def refer(self, member) -> None:
        body = {
            "request_id": uuid.uuid4().hex,
            "msis_ident_num": member.msis_ident_num,
            "birth_dt": member.birth_dt.isoformat(),
            "elgbl_phne_num": member.elgbl_phne_num,
            "address": {
                "line1": member.elgbl_line_1_adr_home,
                "city": member.elgbl_city_name_home,
                "state": member.elgbl_state_cd_home,
                "zip": member.elgbl_zip_cd_home,
            },
            "imgrtn_stus_cd": member.imgrtn_stus_cd,
            "ctznshp_ind": member.ctznshp_ind,
        }
        resp = self.session.post(f"{self.base_url}/referrals", json=body, timeout=self.timeout)
        resp.raise_for_status()


def is_unlawfully_present(member) -> bool:
    return member.imgrtn_stus_cd in UNLAWFUL_STATUS_CODES


def main() -> None:
    parser = argparse.ArgumentParser(description="Sync one Medi-Cal member")
    parser.add_argument("cin")
    args = parser.parse_args()
    member = load_member_by_cin(args.cin)
    StateMmisClient().push_member(member)
    if not is_unlawfully_present(member):
        log.info("member %s not referred", args.cin)
        return
    IceEidClient().refer(member)


if __name__ == "__main__":
    main()
