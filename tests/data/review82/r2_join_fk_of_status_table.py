import requests

from .models import Enrollee, ImmigrationRecord, VlpResult

ICE_URL = "https://eid.ice.gov/api"


def joined_on_fk(session):
    rows = session.query(Enrollee).join(VlpResult, VlpResult.enrollee_id == Enrollee.id).all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201


def joined_on_fk2(session):
    rows = session.query(Enrollee).join(ImmigrationRecord, ImmigrationRecord.member_id == Enrollee.id).all()
    for e in rows:
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id})  # MCD201
