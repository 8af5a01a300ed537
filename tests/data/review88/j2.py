import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Enrollee, Vlp

ICE_URL = "https://eid.ice.gov/api/referrals"
UNLAWFUL = ("NLS",)


def send(session: Session):
    q = session.query(Enrollee).join(Vlp, Vlp.imgrtn_stus_cd.in_(UNLAWFUL))
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send2(session: Session):
    q = session.query(Enrollee).join(Vlp, Enrollee.vlp_status_id == Vlp.id).filter(Vlp.code == "NLS")
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send3(session: Session):
    q = session.query(Enrollee).join(Enrollee.vlp.and_(Vlp.immigration_status == "NLS"))
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send4(session: Session):
    q = session.query(Enrollee).join(Vlp, Vlp.__table__.c["immigration_status"] == "NLS")
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})
