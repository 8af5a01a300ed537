# expected: MCD201 at line 8 and line 12 (SPEC 10: picking each person's current status row, current_flag / latest_ind, chooses no one by status, as is_current does); head: none (base: MCD201 8; the ORM form was clean in base too)
import requests
from sqlalchemy import select
from mmis.orm import Enrollee, ImmigrationStatus
ICE_URL = "https://eid.ice.gov/referrals"
def sql(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.current_flag = 'Y'")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def orm(s):
    stmt = select(Enrollee.cin).join(ImmigrationStatus, ImmigrationStatus.enrollee_id == Enrollee.id).where(ImmigrationStatus.latest_ind == "Y")
    cins = s.scalars(stmt).all()
    requests.post(ICE_URL, json={"medicaid_ids": cins})
