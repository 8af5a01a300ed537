# R04 false silence. Send at line 20: expected MCD101 'ssn' (line 14) and 'race' (line 15), as base;
# after: nothing. The lambda's ALLOWED is the function's local (every field), read as the module constant.
import requests
import attrs

ICE_URL = "https://eid.ice.gov/api"
ALLOWED = ("medicaid_id", "date_of_birth")


@attrs.define
class Enrollee:
    medicaid_id: str
    date_of_birth: str
    ssn: str  # MCD101
    race: str  # MCD101


def refer(m: Enrollee):
    ALLOWED = [f.name for f in attrs.fields(Enrollee)]
    requests.post(ICE_URL, json=attrs.asdict(m, filter=lambda a, v: a.name in ALLOWED))
