"""FastAPI service: a county worker triggers a background job that refers every current
enrollee of a county to DHS.

Expected MCD201 at the POST in the background loop: the imgrtn_stus_cd test only writes a log line and never decides whether the record is sent; MCD101 for the first name in the body.
"""
import logging

import httpx
from fastapi import BackgroundTasks, FastAPI
from sqlalchemy import select

from .db import SessionLocal
from .models import Member

log = logging.getLogger("referrals")
app = FastAPI(title="county-referrals")

DHS_REFERRAL_URL = "https://referrals.dhs.gov/api/v3/referrals"
NON_QUALIFIED = {"3", "4"}


def refer_county(county_cd: str) -> None:
    with SessionLocal() as session, httpx.Client(timeout=20.0) as client:
        stmt = (
            select(Member)
            .where(Member.elgbl_cnty_cd == county_cd)
            .where(Member.enrollment_end_dt.is_(None))
        )
        for member in session.execute(stmt).scalars():
            if member.imgrtn_stus_cd in NON_QUALIFIED:
                log.info("member %s has restricted-scope status", member.msis_ident_num)
            body = {
                "msis_ident_num": member.msis_ident_num,
                "first_name": member.elgbl_1st_name,  # MCD101
                "birth_dt": member.birth_dt.isoformat(),
                "elgbl_line_1_adr": member.elgbl_line_1_adr,
                "elgbl_cnty_cd": member.elgbl_cnty_cd,
                "imgrtn_stus_cd": member.imgrtn_stus_cd,
            }
            resp = client.post(DHS_REFERRAL_URL, json=body)  # MCD201
            if resp.status_code >= 400:
                log.warning("referral rejected: %s", resp.status_code)


@app.post("/counties/{county_cd}/referrals", status_code=202)
def start_county_referral(county_cd: str, background: BackgroundTasks):
    background.add_task(refer_county, county_cd)
    return {"county_cd": county_cd, "state": "queued"}
