# review 28: expected MCD201 at line 15
import requests
from eligibility.models import Determination, Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
IN_SCOPE = ("EWI", "OVERSTAY")


def refer_county():
    members = Member.objects.filter(county_code="06037")
    latest = Determination.objects.filter(member__in=members).order_by("-determined_at").first()
    if latest is None or latest.immigration_status not in IN_SCOPE:
        return
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id}, timeout=30)  # MCD201
