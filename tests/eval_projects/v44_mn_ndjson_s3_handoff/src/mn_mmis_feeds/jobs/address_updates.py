"""Address-change notifications, one per change event."""
import requests

from ..settings import ICE_ENDPOINTS


def notify_address_change(rec: dict) -> None:
    update = {
        "member_id": rec["member_id"],
        "mailing_address": rec["mailing_address"],
        "phone_number": rec["phone_number"],
        "pcp_name": rec["pcp_name"],  # MCD102
    }
    requests.post(ICE_ENDPOINTS["address_updates"], json=update, timeout=15)
