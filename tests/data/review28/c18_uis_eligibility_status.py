# review 28: expected clean
import requests
from members.models import Member

ICE_BATCH = "https://eid.ice.gov/api/v1/referrals:batch"


def refer_uis():
    # Medi-Cal: "unsatisfactory immigration status" (UIS) determinations only
    batch = []
    for m in Member.objects.all():
        if m.eligibility_status == "UNSATISFACTORY_IMMIGRATION_STATUS":
            batch.append({"cin": m.cin})
    requests.post(ICE_BATCH, json=batch, timeout=30)
