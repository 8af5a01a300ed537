"""Referral submission library of a Medicaid vendor: a base HTTP client with
a retry decorator, an ICE EID subclass whose base_url is set in __init__,
and a fluent ReferralBuilder whose with_* methods write into self._body.

VIOLATING. IceEidClient.base_url is set in __init__ from ICE_EID_BASE
(eid.ice.gov, SPEC 4); submit() posts its parameter there. The builder's
output reaches submit() in refer_one() (SPEC 6: writes into self, same-module
calls). Placements are the subscript assignments in the builder (SPEC 3):
- self._body["emergency_contact_phone"]: MCD101 (someone else's phone,
  contact_person, reference medicaid-fields.md case 2).
- self._body["case_number"]: MCD101 (household, reference TSV).
- self._body["fpl_percent"]: MCD101 (income).
- self._body["referral_reason"]: MCD104 (not in the vocabulary, not
  declared harmless: unknown is not permitted, SPEC 3).
msis_ident_num, birth_dt, elgbl_phne_num and home address are permitted;
schema_version is a constant (SPEC 5). One member looked up by CIN: no MCD201.
"""
import argparse
import functools
import logging
import time

import requests

from vendor.mmis import fetch_member

log = logging.getLogger("vendor.referrals")

ICE_EID_BASE = "https://eid.ice.gov/api/v1"
SCHEMA_VERSION = "1.4"


def retry(attempts: int = 3, backoff: float = 2.0):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1.0
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except (requests.ConnectionError, requests.Timeout):
                    if attempt == attempts - 1:
                        raise
                    time.sleep(delay)
                    delay *= backoff
        return wrapper
    return decorate


class BaseClient:
    def __init__(self, timeout: float = 30.0):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Content-Type": "application/json"})

    def _post(self, url: str, body: dict) -> requests.Response:
        resp = self.session.post(url, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp


class IceEidClient(BaseClient):
    def __init__(self):
        super().__init__(timeout=45.0)
        self.base_url = ICE_EID_BASE

    @retry(attempts=3)
    def submit(self, body: dict) -> None:
        self._post(f"{self.base_url}/referrals", body)


class ReferralBuilder:
    def __init__(self):
        self._body = {"schema_version": SCHEMA_VERSION}

    def with_identity(self, member) -> "ReferralBuilder":
        self._body["msis_ident_num"] = member.msis_ident_num
        self._body["birth_dt"] = member.birth_dt.isoformat()
        return self

    def with_contact(self, member) -> "ReferralBuilder":
        self._body["elgbl_phne_num"] = member.elgbl_phne_num
        self._body["home_address"] = member.home_address
        self._body["emergency_contact_phone"] = member.emergency_contact_phone  # MCD101
        return self

    def with_case(self, member) -> "ReferralBuilder":
        self._body["case_number"] = member.case_number  # MCD101
        self._body["fpl_percent"] = member.fpl_percent  # MCD101
        self._body["referral_reason"] = member.referral_reason  # MCD104
        return self

    def build(self) -> dict:
        return dict(self._body)


def refer_one(cin: str, client: IceEidClient) -> None:
    member = fetch_member(cin)
    body = (
        ReferralBuilder()
        .with_identity(member)
        .with_contact(member)
        .with_case(member)
        .build()
    )
    client.submit(body)
    log.info("referred member %s", cin)


def main() -> None:
    parser = argparse.ArgumentParser(description="Refer one member to EID")
    parser.add_argument("cin")
    args = parser.parse_args()
    refer_one(args.cin, IceEidClient())


if __name__ == "__main__":
    main()
