# review 29: expected MCD201 at line 11
import requests
from members.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_seniors():
    for m in Member.objects.all():
        if m.eligibility_group == "SENIOR_CITIZEN":
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})  # MCD201
