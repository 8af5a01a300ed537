import requests
from sqlalchemy import select

from .models import Enrollee, VlpResult

ICE_URL = "https://eid.ice.gov/api"


def left_outer_by_kw(session):
    rows = session.query(Enrollee).join(VlpResult, VlpResult.immigration_status == "NLS", isouter=True).all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201


def left_outer_by_method(session):
    rows = session.query(Enrollee).outerjoin(VlpResult, VlpResult.immigration_status == "NLS").all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201


def select_stmt_inner(session):
    stmt = select(Enrollee).join(VlpResult, VlpResult.immigration_status == "NLS")
    for e in session.scalars(stmt):
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})
