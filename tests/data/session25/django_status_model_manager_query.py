# expected: no finding (SPEC 10: ImmigrationStatus.objects.filter(member=m, code="EWI").exists() tests the status model's code and guards the send); head: MCD201 at line 9 (base: clean)
import requests
from members.models import ImmigrationStatus, Member
ICE_URL = "https://eid.ice.gov/referrals"
CODES = ("EWI", "OVERSTAY")
def exists_loop():
    for m in Member.objects.all():
        if ImmigrationStatus.objects.filter(member=m, code__in=CODES).exists():
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
