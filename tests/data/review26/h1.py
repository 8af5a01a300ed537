import requests
from sqlalchemy import and_, or_, select
from mmis.models import Member
ICE_URL = "https://eid.ice.gov/api"
CODES = ["8", "9"]


def a(session):
    conds = [Member.county == "x"]
    conds += [Member.immigration_status.in_(CODES)]
    for m in session.execute(select(Member).where(*conds)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def b(session):
    status = [Member.immigration_status.in_(CODES)]
    conds = [Member.county == "x"]
    conds.extend(status)
    for m in session.execute(select(Member).where(*conds)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def c(session):
    conds = [Member.county == "x"] + [Member.immigration_status.in_(CODES)]
    for m in session.execute(select(Member).where(*conds)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def d(session):
    conds = (Member.immigration_status.in_(CODES), Member.county == "x")
    for m in session.execute(select(Member).where(and_(*conds))).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def e(session):
    conds = [Member.immigration_status.in_(CODES)]
    stmt = select(Member)
    for cond in conds:
        stmt = stmt.where(cond)
    for m in session.execute(stmt).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def f(session):
    conds = [Member.immigration_status.in_(CODES)]
    for m in session.execute(select(Member).where(conds[0])).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def g(session):
    conds = {"status": Member.immigration_status.in_(CODES)}
    for m in session.execute(select(Member).where(*conds.values())).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # MCD201


def h(session):
    conds = [Member.county == "x", Member.immigration_status.in_(CODES)]
    for m in session.query(Member).filter(*conds):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
