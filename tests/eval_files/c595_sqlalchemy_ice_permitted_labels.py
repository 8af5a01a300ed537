"""Weekly bulk referral of unlawfully present enrollees to ICE EID, built
with SQLAlchemy Core.

Scenario: a federal contractor's job selects from the T-MSIS demographic and
contact tables with labelled columns (``table.c.name.label(...)`` and
``table.c["name"]``), restricted by a WHERE on immigration status and
citizenship, and posts the rows to https://eid.ice.gov in chunks of 500 with
httpx.  The Table declarations also list SSN, name, sex, race and language
columns, which are never selected.

Expected findings: none.
- SPEC sections 3 and 5: the placements are the columns of the select list,
  and every one is permitted: msis_ident_num / medicaid_id (medicaid_id),
  birth_dt / date_of_birth (date_of_birth), imgrtn_stus_cd /
  immigration_status (immigration_status), ctznshp_ind / citizenship
  (citizenship), elgbl_line_1_adr_home, elgbl_zip_cd_home (address),
  elgbl_phne_num_home (phone).  JOIN ... ON, WHERE and ORDER BY columns
  send nothing; Table declarations are not placements.
- SPEC section 5: the envelope holds batch_id (harmless) and constants.
- SPEC section 10: the select has a WHERE on imgrtn_stus_cd and ctznshp_ind,
  a condition on status between source and send: no MCD201.
"""
from __future__ import annotations

import logging
import os
import uuid
from datetime import date
from typing import Any, Iterable, Iterator

import httpx
from sqlalchemy import Column, Date, MetaData, String, Table, create_engine, select

log = logging.getLogger("eid_bulk_referral")

ICE_EID_BASE = os.getenv("ICE_EID_BASE", "https://eid.ice.gov/api/v1")
REFERRAL_PATH = "/referrals/bulk"
CLIENT_CERT = ("/etc/pki/eid/client.crt", "/etc/pki/eid/client.key")
CHUNK_SIZE = 500
SCHEMA_VERSION = "2026-01"
AGENCY_CODE = "CMS-OEDA"
UNLAWFUL_PRESENCE_CODES = ("3", "8")
DB_URL = os.getenv("TAF_DB_URL", "postgresql+psycopg2://taf_ro@taf-db.internal/taf")

metadata = MetaData(schema="tmsis")

enrollees = Table(
    "tmsis_var_dmgrphc_elgblty",
    metadata,
    Column("msis_ident_num", String(20), primary_key=True),
    Column("ssn_num", String(9)),
    Column("elgbl_1st_name", String(30)),
    Column("elgbl_last_name", String(30)),
    Column("birth_dt", Date),
    Column("sex_cd", String(1)),
    Column("race_ethncty_cd", String(2)),
    Column("prmry_lang_grp_cd", String(3)),
    Column("ctznshp_ind", String(1)),
    Column("imgrtn_stus_cd", String(1)),
)

elg_addr = Table(
    "tmsis_elgbl_cntct",
    metadata,
    Column("msis_ident_num", String(20)),
    Column("elgbl_adr_type_cd", String(2)),
    Column("elgbl_line_1_adr_home", String(60)),
    Column("elgbl_zip_cd_home", String(9)),
    Column("elgbl_phne_num_home", String(10)),
)


def referral_statement():
    return (
        select(
            enrollees.c.msis_ident_num.label("medicaid_id"),
            enrollees.c["birth_dt"].label("date_of_birth"),
            enrollees.c.imgrtn_stus_cd.label("immigration_status"),
            enrollees.c.ctznshp_ind.label("citizenship"),
            elg_addr.c.elgbl_line_1_adr_home,
            elg_addr.c["elgbl_zip_cd_home"],
            elg_addr.c.elgbl_phne_num_home,
        )
        .select_from(
            enrollees.join(elg_addr, enrollees.c.msis_ident_num == elg_addr.c.msis_ident_num)
        )
        .where(enrollees.c.imgrtn_stus_cd.in_(UNLAWFUL_PRESENCE_CODES))
        .where(enrollees.c.ctznshp_ind == "0")
        .where(elg_addr.c.elgbl_adr_type_cd == "01")
        .order_by(enrollees.c.msis_ident_num)
    )


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class EidBulkReferralJob:
    def __init__(self, db_url: str = DB_URL, base_url: str = ICE_EID_BASE) -> None:
        self.engine = create_engine(db_url, pool_pre_ping=True)
        self.client = httpx.Client(base_url=base_url, cert=CLIENT_CERT, timeout=60.0)

    def __enter__(self) -> "EidBulkReferralJob":
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.engine.dispose()

    def _post(self, payload: dict[str, Any]) -> str:
        resp = self.client.post(REFERRAL_PATH, json=payload)
        if resp.status_code == 409:
            log.warning("batch %s already received", payload["batch_id"])
            return ""
        resp.raise_for_status()
        return resp.json().get("receipt_id", "")

    def run(self) -> int:
        total = 0
        with self.engine.connect() as conn:
            result = conn.execute(referral_statement())
            rows = (_jsonable(dict(r)) for r in result.mappings())
            for chunk in _chunks(rows, CHUNK_SIZE):
                payload = {
                    "batch_id": uuid.uuid4().hex,
                    "agency_code": AGENCY_CODE,
                    "schema_version": SCHEMA_VERSION,
                    "referrals": chunk,
                }
                receipt = self._post(payload)
                total += len(chunk)
                log.info("sent %d referrals, receipt %s", len(chunk), receipt or "-")
        return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with EidBulkReferralJob() as job:
        log.info("done: %d referrals", job.run())
