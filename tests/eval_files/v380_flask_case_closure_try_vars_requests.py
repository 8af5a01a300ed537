"""Flask case-management app: closing a case that has a pending federal
referral forwards it to EID; every closure is also mirrored to the
Pennsylvania DHS case portal (the state agency)."""
import logging
import os

import requests
from flask import Flask, abort, jsonify

from casemgmt.db import db
from casemgmt.models import CaseRecord

log = logging.getLogger(__name__)
app = Flask(__name__)

ICE_CASE_URL = os.getenv("ICE_CASE_URL", "https://eid.ice.gov/api/v1/case-closures")
PA_DHS_PORTAL_URL = "https://caseportal.dhs.pa.gov/api/closures"


@app.post("/cases/<int:case_id>/close")
def close_case(case_id: int):
    case = db.session.get(CaseRecord, case_id)
    if case is None:
        abort(404)
    case.status = "CLOSED"
    requests.post(PA_DHS_PORTAL_URL, json=vars(case), timeout=20)
    if not case.referral_requested:
        db.session.commit()
        return jsonify(status="closed"), 200
    try:
        payload = case.to_referral()
    except AttributeError:
        log.warning("legacy case %s has no referral view", case_id)
        payload = vars(case)  # MCD103
    else:
        payload["workerEmail"] = case.worker_email  # MCD101
    finally:
        db.session.commit()
    requests.post(ICE_CASE_URL, json=payload, timeout=20)
    return jsonify(status="referred"), 202
