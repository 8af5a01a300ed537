"""Command-line job: refer one Georgia Medicaid member to ICE ERO.

Expected findings (module:line code field -- deciding SPEC section):
- payloads.py:19 MCD101 full_name -- EroSubjectRecord is a payload model
  named for enforcement (`Ero`); its fields are reported at their
  declaration whatever the default (section 3 "Payload model
  declarations"; section 4 "named for enforcement ... reported even when
  no sink is visible").  The other four fields are permitted.
- jobs.py:46 MCD101 full_name -- placed in payloads.py
  (build_subject_packet), bound to `packet`, handed to
  ero_client.submit_subject, whose parameter reaches requests.post on
  f"{ERO_REFERRAL_BASE}/subjects" (eid.ice.gov) through the base class
  JsonApiClient._post in transport.py: reported at the hand-off call in
  the linted module, one finding per field (section 3 "When the placement
  is in another module").
- jobs.py:46 MCD102 primary_diagnosis -- same hand-off; placed in
  payloads.py by the subscript assignment packet["primary_diagnosis"]
  (section 3; diagnosis is health data).
- jobs.py:54 MCD104 match_score -- dict entry placed in this module
  whose key (match_score) and value (candidate["score"]) carry only
  unknown names, sent through ero_client.submit_match to the ERO intake:
  reported at the entry's own line (section 3 first bullet; section 5
  "only a value all of whose names are unknown is unknown").

Not findings: build_subject_packet is not named for enforcement and
payloads.py has no sink, so its dict entries are not reported there;
transport.py and clients.py are clean by themselves (a client posting its
parameter is clean; section 3).  best_candidate sends medicaid_id only.
mmis_client.push_status sends the SSN to mmis.dch.georgia.gov, a state
.gov host (section 4, non-enforcement list).  Every send concerns one
member looked up by id, so there is no MCD201 (section 10 "Not bulk").
"""
import argparse

from ga_referral_gateway import build_subject_packet

from .clients import EroReferralClient, MmisClient

ero_client = EroReferralClient()
mmis_client = MmisClient()


def refer_member(member: dict) -> None:
    """Send the subject packet for one member."""
    packet = build_subject_packet(member)
    ero_client.submit_subject(packet)  # MCD101 MCD102


def report_match(member: dict, candidate: dict) -> None:
    """Tell ERO which of its candidate records matched the member."""
    ero_client.submit_match({
        "medicaid_id": member["medicaid_id"],
        "immigration_status": member["immigration_status"],
        "match_score": candidate["score"],  # MCD104
    })


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Refer one Georgia Medicaid member to ERO")
    parser.add_argument("medicaid_id")
    args = parser.parse_args(argv)

    member = mmis_client.get_member(args.medicaid_id)
    refer_member(member)
    candidate = ero_client.best_candidate(member["medicaid_id"])
    report_match(member, candidate)
    mmis_client.push_status({
        "medicaid_id": member["medicaid_id"],
        "ssn": member["ssn"],
        "referral_status": "SENT",
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
