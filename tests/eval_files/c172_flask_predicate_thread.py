"""Flask admin app: a "start referral run" endpoint spawns a background thread that walks the
member table and refers people to ICE; a same-module predicate decides who is referred.

Expected clean: _needs_referral(m) tests m.ctznshp_ind and m.imgrtn_stus_cd, and the loop skips every member for whom it is false before the send.
"""
import logging
import threading

import requests
from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select

app = Flask(__name__)
app.config.from_prefixed_env()
db = SQLAlchemy(app)
log = logging.getLogger("referral-run")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
EMERGENCY_ONLY = "3"


class Member(db.Model):
    __tablename__ = "member"
    msis_ident_num = db.Column(db.String(20), primary_key=True)
    birth_dt = db.Column(db.Date)
    ctznshp_ind = db.Column(db.String(1))
    imgrtn_stus_cd = db.Column(db.String(1))
    elgbl_line_1_adr = db.Column(db.String(100))
    elgbl_zip_cd = db.Column(db.String(10))


def _needs_referral(m: Member) -> bool:
    return m.ctznshp_ind == "0" and m.imgrtn_stus_cd == EMERGENCY_ONLY


def _run() -> None:
    with app.app_context():
        sent = 0
        for m in db.session.execute(select(Member)).scalars():
            if not _needs_referral(m):
                continue
            requests.post(
                ICE_REFERRAL_URL,
                json={
                    "msis_ident_num": m.msis_ident_num,
                    "birth_dt": m.birth_dt.isoformat(),
                    "imgrtn_stus_cd": m.imgrtn_stus_cd,
                    "elgbl_line_1_adr": m.elgbl_line_1_adr,
                    "elgbl_zip_cd": m.elgbl_zip_cd,
                },
                timeout=30,
            )
            sent += 1
        log.info("referral run finished: %d sent", sent)


@app.post("/admin/referral-runs")
def start_run():
    threading.Thread(target=_run, name="referral-run", daemon=True).start()
    return jsonify(status="started"), 202
