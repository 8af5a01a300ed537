"""Nightly member sync: full record to the state eligibility service, basic
categories to the EID subjects API.

One shared record builder feeds both clients.  The state client (a
department service) receives the whole record; the EID client passes the
record through the allow-list of the six basic categories before sending.
Citizens are excluded from the run altogether.
"""
from __future__ import annotations

import functools
import logging
import time
from types import TracebackType
from typing import Any, Callable, ClassVar

import requests

from eligibility.models import Member

log = logging.getLogger("sync.nightly")

ALLOWED_FIELDS = frozenset(
    {"medicaid_id", "date_of_birth", "home_address", "phone", "immigration_status", "citizenship"}
)


def with_retries(attempts: int = 3, backoff: float = 1.5) -> Callable:
    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            last: Exception | None = None
            for n in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except requests.ConnectionError as exc:
                    last = exc
                    time.sleep(backoff * (n + 1))
            raise RuntimeError("retries exhausted") from last
        return wrapper
    return deco


class BaseClient:
    base_url: ClassVar[str] = ""

    def __init__(self) -> None:
        self.session = requests.Session()

    def __enter__(self) -> "BaseClient":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.session.close()

    @with_retries()
    def post(self, path: str, body: dict[str, Any]) -> requests.Response:
        resp = self.session.post(self.base_url + path, json=body, timeout=30)
        resp.raise_for_status()
        return resp


class StateEligibilityClient(BaseClient):
    base_url = "https://api.dhcs.ca.gov/eligibility/v2"

    def upsert(self, record: dict[str, Any]) -> None:
        self.post("/members", record)


class IceEidClient(BaseClient):
    base_url = "https://eid.ice.gov/api/v2"

    def submit(self, record: dict[str, Any]) -> None:
        body = {k: v for k, v in record.items() if k in ALLOWED_FIELDS}
        self.post("/subjects", body)


def member_record(m: Member) -> dict[str, Any]:
    return {
        "medicaid_id": m.cin,
        "date_of_birth": m.birth_date.isoformat(),
        "home_address": m.home_address,
        "phone": m.phone_number,
        "immigration_status": m.immigration_status,
        "citizenship": m.citizenship_status,
        "ssn": m.ssn,
        "full_name": m.full_name,
        "preferred_language": m.preferred_language,
        "diagnosis_codes": list(m.diagnoses.values_list("icd10_code", flat=True)),
    }


def nightly(counties: list[str]) -> int:
    qs = Member.objects.filter(county_code__in=counties).exclude(us_citizen=True)
    n = 0
    with StateEligibilityClient() as dhcs, IceEidClient() as eid:
        for m in qs.iterator(chunk_size=500):
            rec = member_record(m)
            dhcs.upsert(rec)
            eid.submit(rec)
            n += 1
    log.info("synced %d members", n)
    return n
