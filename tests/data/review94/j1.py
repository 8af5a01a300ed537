import requests
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import Enrollee, ImmigrationStatus, Vlp

ICE_URL = "https://eid.ice.gov/api/referrals"


def send_a(session: Session):
    # inner join on a relationship: keeps everyone with a status record, chooses no status
    q = session.query(Enrollee).join(Enrollee.immigration_status)
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_b(session: Session):
    q = session.query(Enrollee).join(ImmigrationStatus)
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_c(session: Session):
    stmt = select(Enrollee)
    stmt = stmt.join(Vlp, Vlp.immigration_status == "NLS")
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send_d(session: Session):
    stmt = select(Enrollee).where(Enrollee.active)
    stmt = stmt.join(Vlp, Vlp.enrollee_id == Enrollee.id)
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_e(session: Session):
    stmt = select(Enrollee).join(Enrollee.citizenship_record)
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send_f(session: Session):
    stmt = select(Enrollee).join(Vlp, text("vlp.enrollee_id = enrollee.id"))
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_g(session: Session):
    stmt = select(Enrollee).join(Vlp, Vlp.__table__.c["enrollee_id"] == Enrollee.id)
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_h(session: Session):
    stmt = select(Enrollee)
    stmt = stmt.join(Vlp, Vlp.imgrtn_stus_cd.in_(["NLS"]))
    rows = session.execute(stmt).scalars().all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send_i(session: Session):
    q = session.query(Enrollee)
    q = q.join(Vlp, Vlp.immigration_status == "NLS")
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})


def send_j(session: Session):
    q = session.query(Enrollee).join(Vlp, Vlp.immigration_status == "NLS", isouter=True)
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201
