"""Quarterly ERO data pull from the MMIS reporting replica.

Vendor-maintained job (SQLAlchemy 2.x).  Reads member rows from the
reporting replica and posts them to the ICE ERO intake service in JSON.
"""
import json

import requests
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from mmis.schema import Member

ERO_INTAKE_URL = "https://ero-intake.ice.gov/api/v1/medicaid/batch"
engine = create_engine("postgresql+psycopg://reporter@mmis-replica.internal/mmis")

FLAGGED_SQL = text(
    "SELECT m.medicaid_id, m.birth_date,"
    " m.first_name,"  # MCD101
    " m.last_name,"  # MCD101
    " d.dgns_cd"  # MCD102
    " FROM member m"
    " JOIN member_diagnosis d ON d.member_sk = m.member_sk"
    " WHERE m.imgrtn_stus_cd IN ('5', '6')"
    " ORDER BY m.last_name"
)

REDETERMINATION_SQL = text(
    "SELECT *"  # MCD103
    " FROM member"
    " WHERE redetermination_date < :cutoff"
)


def pull_region(region):
    stmt = select(
        Member.medicaid_id,
        Member.birth_date,
        Member.ssn,  # MCD101
        Member.race,  # MCD101
        Member.zip_code,
    ).where(Member.region == region)
    with Session(engine) as session:
        rows = session.execute(stmt).mappings().all()
    payload = [dict(r) for r in rows]
    requests.post(ERO_INTAKE_URL, data=json.dumps(payload, default=str), timeout=120)  # MCD201


def pull_flagged():
    with engine.connect() as conn:
        rows = conn.execute(FLAGGED_SQL).mappings().all()
    requests.post(ERO_INTAKE_URL, data=json.dumps([dict(r) for r in rows], default=str), timeout=120)


def pull_redeterminations(cutoff):
    with engine.connect() as conn:
        result = conn.execute(REDETERMINATION_SQL, {"cutoff": cutoff})
        for row in result.mappings():
            requests.post(ERO_INTAKE_URL, data=json.dumps(dict(row), default=str), timeout=30)  # MCD201
