# expected: MCD103 at line 7 col 38 and line 10 col 38 (SPEC 6: to_dict()/as_dict() of a record of unknown model is a whole record, at the expression); head: MCD102 'claim'/'diagnosis' at col 33 (base: MCD103)
import requests
from mmis_core.claims.models import ClaimHeader, Diagnosis
ICE_SUBJECTS = "https://eid.ice.gov/api/v2/subjects"
def pull(icn):
    claim = ClaimHeader.objects.get(icn=icn)
    requests.post(ICE_SUBJECTS, json=claim.to_dict())
def pull_dx(cin):
    diagnosis = Diagnosis.objects.get(cin=cin)
    requests.post(ICE_SUBJECTS, json=diagnosis.to_dict())
