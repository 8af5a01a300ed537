"""Outbound partner feeds of the Illinois HFS eligibility data hub.

HFS shares full member files with its sister agency IDHS (the Illinois
Department of Human Services, which runs ABE intake), with CMS (T-MSIS
monthly files), with Minnesota DHS for border-county dual enrollees, and
with the child-support enforcement vendor under the IV-D agreement.  None of
these is an immigration-enforcement destination; all receive whole records.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
import time
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable

import boto3
import requests

log = logging.getLogger("hub.partners")

MN_DHS_MFT_BUCKET = "mn-dhs-mft-inbound"
CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://il-cse.kyrosgateway.net/api/v1"
)


def retry_on(*errors: type[Exception], attempts: int = 3) -> Callable:
    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            for n in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except errors:
                    if n == attempts:
                        raise
                    time.sleep(2 ** n)
        return inner
    return deco


class PartnerClient:
    base_url: ClassVar[str]
    timeout: ClassVar[int] = 60

    def __init__(self) -> None:
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"

    @retry_on(requests.ConnectionError, requests.Timeout)
    def _send(self, path: str, payload: Any) -> requests.Response:
        resp = self.session.post(self.base_url + path, data=json.dumps(payload, default=str), timeout=self.timeout)
        resp.raise_for_status()
        return resp


class DhsAbeClient(PartnerClient):
    """IDHS ABE partner API (Illinois Department of Human Services)."""

    base_url = "https://abe.dhs.illinois.gov/partner/v2"

    def push_members(self, members: Iterable[Any]) -> int:
        n = 0
        for member in members:
            self._send("/members", vars(member))
            n += 1
        return n


class CmsTmsisClient(PartnerClient):
    base_url = "https://tmsis-intake.cms.gov/api/v1"

    def submit_eligibility(self, records: list[Any]) -> None:
        self._send("/files/elg", [dataclasses.asdict(r) for r in records])


class ChildSupportEnforcementClient(PartnerClient):
    base_url = CHILD_SUPPORT_ENFORCEMENT_URL

    def refer_noncustodial(self, cases: Iterable[Any]) -> None:
        for case in cases:
            self._send("/iv-d/referrals", case.model_dump())


def upload_border_duals(extract: Path) -> None:
    """Full dual-enrollee extract for Minnesota DHS (MN-ITS managed file transfer)."""
    s3 = boto3.client("s3")
    s3.upload_file(str(extract), MN_DHS_MFT_BUCKET, f"il-hfs/{extract.name}")


def nightly(members: list[Any], tmsis_records: list[Any], cse_cases: list[Any], duals: Path) -> None:
    log.info("IDHS: %d members", DhsAbeClient().push_members(members))
    CmsTmsisClient().submit_eligibility(tmsis_records)
    ChildSupportEnforcementClient().refer_noncustodial(cse_cases)
    upload_border_duals(duals)
