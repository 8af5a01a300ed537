"""Queue worker: one caseworker referral request becomes one EID referral."""
import logging
import uuid

from eid_referral import IceEidClient, build_referral_packet
from .client import MmisAuditClient
from .models import MemberRecord
from .payloads import add_contact

log = logging.getLogger(__name__)

_eid = IceEidClient()
_audit = MmisAuditClient()


def handle_referral_request(request: dict, mmis_row: dict):
    """``request`` comes off the referral queue; ``mmis_row`` is the
    member-service lookup for ``request["cin"]``."""
    member = MemberRecord(**mmis_row)

    # legacy habit: EID de-duplication lookups used to be keyed by SSN
    if _eid.find_open_referral(member.ssn):  # MCD101
        log.info("open EID referral already exists for %s", member.cin)
        return None

    packet = build_referral_packet(member, request_id=str(uuid.uuid4()))
    add_contact(packet, member)
    packet["preferred_language"] = member.primary_language  # MCD101
    packet["match_score"] = member.match_score  # MCD104
    receipt = _eid.submit_referral(packet)  # MCD101 MCD101 MCD101 MCD102

    _audit.record({
        "event": "EID_REFERRAL_SENT",
        "cin": member.cin,
        "ssn": member.ssn,
        "caseworker_id": request["caseworker_id"],
        "eid_receipt": receipt.get("referral_id"),
    })
    log.info("referral %s sent for %s", receipt.get("referral_id"), member.cin)
    return receipt["referral_id"]
