# expected: no MCD201 (SPEC §10: filter on a field of the immigration_status/citizenship model is a condition) -- head: MCD201 at lines 9 and 14 (base: clean)
import requests
from models import Enrollee, ImmigrationStatus, CitizenshipVerification
ICE_URL = "https://eid.ice.gov/referrals"


def save_unverified(session):
    rows = session.query(Enrollee).join(ImmigrationStatus).filter(ImmigrationStatus.sav_verified.is_(False)).all()
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in rows])


def citizenship_failed(session):
    rows = session.query(Enrollee).join(CitizenshipVerification).filter(CitizenshipVerification.outcome == "FAIL").all()
    requests.post(ICE_URL, json=[{"cin": r.cin} for r in rows])
