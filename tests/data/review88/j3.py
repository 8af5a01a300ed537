import requests
from sqlalchemy import text
from sqlalchemy.orm import Session

from .models import Enrollee, Vlp

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(session: Session):
    q = session.query(Enrollee).join(Vlp, text("vlp.enrollee_id = enrollee.id AND vlp.immigration_status = 'NLS'"))
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send2(session: Session):
    q = session.query(Enrollee).join(Vlp, vlp_table.c["imgrtn_stus_cd"] == "NLS")
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})
