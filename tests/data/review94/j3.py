import requests
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import Enrollee, Vlp

ICE_URL = "https://eid.ice.gov/api/referrals"


def send_sql(conn):
    cur = conn.cursor()
    cur.execute("SELECT e.cin FROM enrollee e JOIN vlp ON vlp.enrollee_id = e.id")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0]})  # MCD201


def send_text(session: Session):
    stmt = select(Enrollee).join(Vlp, text("vlp.enrollee_id = enrollee.id"))
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201


def send_text2(session: Session):
    q = session.query(Enrollee).join(Vlp, text("immigration_status.enrollee_id = enrollee.id"))
    for e in q:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # MCD201
