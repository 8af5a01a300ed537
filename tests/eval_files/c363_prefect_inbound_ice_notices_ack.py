"""Prefect flow: pull ICE agency notices (inbound) and acknowledge receipt.

ICE posts notices about detainers and releases that may affect a person's
Medicaid (for instance, incarceration suspends coverage).  We only *read*
them; the acknowledgement we send back is a receipt count, not records.
"""
import os

import requests
import sqlalchemy as sa
from prefect import flow, get_run_logger, task

ICE_NOTICES_URL = "https://eid.ice.gov/api/v1/agency-notices"
PAGE_SIZE = 200
AGENCY_CODE = "OR-OHA"
SCHEMA_VERSION = "2026-01"

metadata = sa.MetaData()
ice_notice = sa.Table(
    "ice_notice", metadata,
    sa.Column("notice_id", sa.String, primary_key=True),
    sa.Column("subject_name", sa.String),
    sa.Column("subject_dob", sa.Date),
    sa.Column("facility", sa.String),
    sa.Column("notice_type", sa.String),
    schema="inbound",
)


@task(retries=3, retry_delay_seconds=60)
def fetch_notices() -> list[dict]:
    notices: list[dict] = []
    page = 1
    while True:
        resp = requests.get(ICE_NOTICES_URL, params={"page": page, "limit": PAGE_SIZE}, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        notices.extend(data["items"])
        if not data.get("next"):
            break
        page += 1
    return notices


@task
def store(notices: list[dict]) -> int:
    if not notices:
        return 0
    engine = sa.create_engine(os.environ["OHA_INBOUND_DSN"])
    rows = [
        {"notice_id": n["id"], "subject_name": n["subjectName"], "subject_dob": n["dateOfBirth"],
         "facility": n.get("facility"), "notice_type": n["type"]}
        for n in notices
    ]
    with engine.begin() as conn:
        conn.execute(sa.insert(ice_notice), rows)
    return len(rows)


@task
def acknowledge(notices: list[dict]) -> None:
    receipt = {
        "agency_code": AGENCY_CODE,
        "schema_version": SCHEMA_VERSION,
        "record_count": len(notices),
    }
    requests.post(f"{ICE_NOTICES_URL}/acknowledgements", json=receipt, timeout=30).raise_for_status()


@flow(name="ice-inbound-notices")
def ice_inbound_notices() -> int:
    logger = get_run_logger()
    notices = fetch_notices()
    stored = store(notices)
    acknowledge(notices)
    logger.info("stored %d ICE notices", stored)
    return stored
