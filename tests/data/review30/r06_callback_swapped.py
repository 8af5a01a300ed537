# R06 false silence. Send at line 23: expected MCD101 'ssn' (line 14) and 'full_name' (line 15), as base;
# after: nothing. _by_value tests the field's VALUE (k is bound second), not its name: no allow-list.
import requests
from dataclasses import dataclass, asdict

ICE_URL = "https://eid.ice.gov/api"
ALLOWED = ("medicaid_id", "date_of_birth")


@dataclass
class Member:
    medicaid_id: str
    date_of_birth: str
    ssn: str  # MCD101
    full_name: str  # MCD101


def _by_value(items):
    return {k: v for v, k in items if k in ALLOWED}


def refer(m: Member):
    requests.post(ICE_URL, json=asdict(m, dict_factory=_by_value))
