import requests
import pandas as pd
from sqlalchemy import and_, select
from sqlalchemy.orm import Session
from mmis.models import Member
ICE_URL = "https://eid.ice.gov/api"
CODES = ["8", "9"]


def a(session):
    for m in session.query(Member).filter_by(immigration_status="8"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def b(session):
    cond = and_(Member.immigration_status == "8", Member.county == "x")
    for m in session.execute(select(Member).where(cond)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def c(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df = df.query("imgrtn_stus_cd in @CODES")
    requests.post(ICE_URL, json=df[["medicaid_id"]].to_dict("records"))


def d(session):
    kw = dict(immigration_status="8")
    for m in session.query(Member).filter_by(**kw):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})


def e(session):
    stmt = select(Member).filter_by(immigration_status="8")
    for m in session.execute(stmt).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
