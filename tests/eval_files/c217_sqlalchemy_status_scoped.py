"""Status-scoped ERO extract and the T-MSIS demographic resubmission.

The ERO extract selects only the basic categories and only rows whose
immigration status code marks the person as not lawfully present.  The
T-MSIS job sends full demographic rows to CMS, which is not enforcement.
"""
import json

import pandas as pd
import requests
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from mmis.schema import Member

ERO_INTAKE_URL = "https://ero-intake.ice.gov/api/v1/medicaid/batch"
TMSIS_UPLOAD_URL = "https://tmsis-intake.cms.gov/api/v4/submissions/elg"
UNLAWFUL_CODES = ("5", "6")

engine = create_engine("postgresql+psycopg://reporter@mmis-replica.internal/mmis")

STATUS_SCOPED_SQL = text(
    """
    SELECT m.medicaid_id,
           m.birth_date,
           a.elgbl_line_1_adr,
           a.elgbl_zip_cd,
           m.elgbl_phne_num,
           m.imgrtn_stus_cd
    FROM member m
    JOIN member_address a ON a.member_sk = m.member_sk AND a.elgbl_adr_type_cd = '01'
    WHERE m.imgrtn_stus_cd IN ('5', '6')
      AND m.death_date IS NULL
    ORDER BY m.last_name, m.ssn
    """
)


def ero_extract_sql():
    with engine.connect() as conn:
        rows = conn.execute(STATUS_SCOPED_SQL).mappings().all()
    body = json.dumps([dict(r) for r in rows], default=str)
    requests.post(ERO_INTAKE_URL, data=body, timeout=120)


def ero_extract_orm():
    stmt = select(
        Member.medicaid_id,
        Member.birth_date,
        Member.zip_code,
        Member.citizenship_status,
        Member.immigration_status,
    ).where(Member.immigration_status.in_(UNLAWFUL_CODES))
    with Session(engine) as session:
        for row in session.execute(stmt).mappings():
            requests.post(ERO_INTAKE_URL, data=json.dumps(dict(row), default=str), timeout=30)


def tmsis_resubmission(reporting_period):
    df = pd.read_sql(
        text("SELECT * FROM taf_elg_demographics WHERE rptg_prd = :p"),
        engine,
        params={"p": reporting_period},
    )
    requests.post(
        TMSIS_UPLOAD_URL,
        data=df.to_json(orient="records", date_format="iso"),
        timeout=600,
    )
