# R7 false silence (population.py holds_status: status_columns allow-list replaced by a metadata deny-list).
# Lines 17, 23: expected MCD201 (WHERE on is_current / county of the status table picks the current row or a
#   county, not a status: SPEC 10 "a condition ... that involves a field of the immigration_status or
#   citizenship category"); after: nothing; base: MCD201 at 17:9 and 23:9.
# Lines 28, 33: same through Django lookups on the status model (filter(is_current=True), filter(county=...));
#   after: nothing; base: MCD201 at 28:9 and 33:9.
import requests
from app.models import ImmigrationStatus

ICE_URL = "https://eid.ice.gov/api"
J = "SELECT m.cin, m.dob FROM members m JOIN immigration_status s ON s.cin = m.cin "


def current_rows(cur):
    cur.execute(J + "WHERE s.is_current = true")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})  # MCD201


def by_county(cur):
    cur.execute(J + "WHERE s.county = 'LA'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})  # MCD201


def current():
    for s in ImmigrationStatus.objects.filter(is_current=True):
        requests.post(ICE_URL, json={"medicaid_id": s.member_cin})  # MCD201


def by_county_orm():
    for s in ImmigrationStatus.objects.filter(county="LA"):
        requests.post(ICE_URL, json={"medicaid_id": s.member_cin})  # MCD201
