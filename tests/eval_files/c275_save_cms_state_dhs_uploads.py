"""Pennsylvania DHS jobs: SAVE verification, T-MSIS to CMS, S3 backups. Clean:
save.uscis.dhs.gov matches ``*.uscis.dhs.gov`` (non-enforcement, more specific
than ``*.dhs.gov``, SPEC §4); T-MSIS goes to a ``*.cms.gov`` host; the
``pa-dhs-backups`` bucket, ``PaDhsIntegrations`` and ``pa_dhs_conn`` put ``dhs``
next to a state postal code (state agency, §4). A-numbers, SSNs, ``SELECT *``
and whole claims are fine there; no enforcement sink, so no MCD201 (§10).
"""
from __future__ import annotations

import gzip
import io
import json
import logging
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Iterable

import boto3
import httpx
import pandas as pd

log = logging.getLogger("pa_dhs.integrations")

SAVE_CASES_URL = "https://save.uscis.dhs.gov/api/v4/cases"
TMSIS_SUBMIT_URL = "https://tmsis-submissions.cms.gov/api/v1/files"
PA_DHS_BACKUP_BUCKET = "pa-dhs-backups"


@dataclass
class SaveCaseRequest:
    alien_number: str
    i94_number: str | None
    first_name: str
    last_name: str
    date_of_birth: str
    doc_type: str
    benefit_code: str = "MEDICAID"


class PaDhsIntegrations:
    def __init__(self, http: httpx.Client, s3: Any | None = None) -> None:
        self._http = http
        self._s3 = s3 or boto3.client("s3", region_name="us-east-1")

    def verify_with_save(self, applicant: dict[str, Any]) -> str:
        req = SaveCaseRequest(
            alien_number=applicant["alien_number"],
            i94_number=applicant.get("i94_number"),
            first_name=applicant["first_name"],
            last_name=applicant["last_name"],
            date_of_birth=applicant["dob"],
            doc_type=applicant["vlp_document_type"],
        )
        resp = self._http.post(SAVE_CASES_URL, json=asdict(req), timeout=45)
        resp.raise_for_status()
        return resp.json()["caseNumber"]

    def verify_pending(self, applicants: Iterable[dict[str, Any]]) -> dict[str, str]:
        return {a["application_id"]: self.verify_with_save(a) for a in applicants}

    def submit_tmsis(self, eligibility_rows: list[dict[str, Any]], claims: list[dict[str, Any]]) -> None:
        for segment, records in (("ELG", eligibility_rows), ("CIP", claims)):
            body = "\n".join(json.dumps(r, default=str) for r in records).encode()
            self._http.post(
                TMSIS_SUBMIT_URL,
                params={"segment": segment, "state": "PA"},
                content=gzip.compress(body),
                headers={"Content-Encoding": "gzip", "Content-Type": "application/x-ndjson"},
                timeout=300,
            ).raise_for_status()

    def backup_enrollees(self, pa_dhs_conn: Any, as_of: date) -> str:
        df = pd.read_sql("SELECT * FROM mmis.enrollee_snapshot", pa_dhs_conn)
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        key = f"enrollee_snapshot/{as_of:%Y/%m/%d}/snapshot.parquet"
        self._s3.put_object(Bucket=PA_DHS_BACKUP_BUCKET, Key=key, Body=buf.getvalue())
        log.info("backed up %d enrollees to s3://%s/%s", len(df), PA_DHS_BACKUP_BUCKET, key)
        return key
