"""County match run: every emergency-Medicaid enrollee of a county is sent to CBP (main module, run by cron).

Scenario: a New Mexico HCA vendor job selects, per county, the enrollees on
restricted-scope (emergency-only) aid codes from the ASPEN replica and sends
a CBP match request for each. ``builder.build_match_request`` copies every
name of ``fields.MATCH_FIELDS`` from the member with ``getattr``;
``transport.MatchClient.submit`` posts the packet to
``settings.CBP_MATCH_URL`` (default ``https://match-api.cbp.gov/...``,
``*.cbp.gov``). The allow-list was extended in 1.4.0 with two names the
order does not permit.

Expected findings: all at the ``client.submit(packet)`` call (line 47): the
packet was built in another module and bound to a variable, then handed to a
function whose parameter reaches an enforcement sink, so each field is
reported at that call (SPEC section 3, cross-module analysis):
- MCD101 'preferred_language' (language), placed in builder.py;
- MCD101 'ssn_last4' (the ``Member.ssn_last4`` property is an SSN slice),
  placed in builder.py;
- MCD201: the loop runs over ``Member.objects.filter(...)`` (a queryset, a
  bulk source) and calls a function whose parameter reaches the enforcement
  sink; the queryset filters on county and ``aid_code`` (eligibility), which
  is not a condition on immigration status or citizenship (SPEC section 10,
  "Helpers").

Not findings: the other allow-list names are permitted (SPEC section 1);
``request_id`` is harmless. builder.py, transport.py, fields.py, models.py
and settings.py have no findings by themselves (SPEC section 3: "A module's
findings depend only on that module and what it imports").
"""
import logging
import sys

from .builder import build_match_request
from .models import Member
from .settings import EMERGENCY_AID_CODES
from .transport import MatchClient

log = logging.getLogger("nm_cbp_match.jobs")


def run_county(county_code: str) -> dict:
    client = MatchClient()
    members = Member.objects.filter(county_code=county_code, aid_code__in=EMERGENCY_AID_CODES).order_by("medicaid_id")
    outcome: dict[str, int] = {}
    for member in members.iterator(chunk_size=500):
        packet = build_match_request(member)
        status = client.submit(packet)  # MCD101 MCD101 MCD201
        outcome[status] = outcome.get(status, 0) + 1
    log.info("county %s: %s", county_code, outcome)
    return outcome


def main(argv: list[str]) -> int:
    for county in argv[1:] or ["001"]:
        run_county(county)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
