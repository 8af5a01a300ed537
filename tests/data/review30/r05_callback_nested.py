# R05 false silence. Send at line 26: expected MCD101 'ssn' (line 14) and 'full_name' (line 15), as base;
# after: nothing. The dict_factory called is the nested _pick (keeps everything), read as the module one.
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


def _pick(items):
    return {k: v for k, v in items if k in ALLOWED}


def refer(m: Member):
    def _pick(items):
        return dict(items)

    requests.post(ICE_URL, json=asdict(m, dict_factory=_pick))
