# expected: no finding (SPEC 10: a WHERE on the status table's class-of-admission code, coa_cd, is a status condition); head: MCD201 at line 8 and line 12 (base: clean)
import requests
from sqlalchemy import select
from mmis.orm import Enrollee, ImmigrationStatus
ICE_URL = "https://eid.ice.gov/referrals"
def sql(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.coa_cd IN ('EWI', 'PAROLE')")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def orm(s):
    stmt = select(Enrollee.cin).join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id).where(ImmigrationStatus.coa_cd.in_(("EWI",)))
    cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})
