# expected: no finding (SPEC 10: is_lawful / is_qualified / current_status_cd / primary_status of an immigration status table or relation is a condition on status); head: MCD201 at lines 6, 9, 12, 15 (base: clean)
import requests
ICE_URL = "https://eid.ice.gov/referrals"
def is_lawful(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.is_lawful = false")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def current_status(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.current_status_cd IN ('5', '6')")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def related_is_qualified():
    for m in Member.objects.filter(immigration_statuses__is_qualified=False):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
def related_primary():
    for m in Member.objects.filter(immigration_statuses__primary_status="EWI"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
from members.models import Member
