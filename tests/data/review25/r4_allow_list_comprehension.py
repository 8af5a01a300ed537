import requests
from members.models import Member

# the six permitted categories: the SPEC section 6 allow-list sanitizer
PERMITTED = ("medicaid_id", "date_of_birth", "address", "phone", "citizenship", "immigration_status")
ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"


def push_batch():
    rows = [{k: v for k, v in m.items() if k in PERMITTED} for m in Member.objects.values()]
    requests.post(ICE_URL, json=rows)  # MCD201
