"""Minnesota MMIS case flags."""
import requests

from detainer_inbox import settings


def record_ice_hold(member, notice):
    """Flag the case in the state MMIS so eligibility workers see the hold."""
    flag = {
        "cin": member["cin"],
        "ssn": member["ssn"],
        "hold_type": notice.get("hold_type"),
        "primary_diagnosis": member["primary_diagnosis"],
        "pcp_name": member["pcp_name"],
    }
    resp = requests.post(f"{settings.MN_DHS_MMIS_URL}/case-flags", json=flag, timeout=30)
    resp.raise_for_status()
