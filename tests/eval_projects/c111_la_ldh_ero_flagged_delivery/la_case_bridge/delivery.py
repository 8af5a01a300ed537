"""One delivery helper for both partners; a flag picks the destination."""
import requests

from . import settings
from .audit import audited


@audited("case-delivery")
def deliver(packet: dict, *, to_ero: bool = False) -> dict:
    """POST one packet to LaMEDS, or to the ERO case intake when ``to_ero`` is set."""
    url = settings.ERO_CASE_URL if to_ero else settings.LAMEDS_CASE_URL
    resp = requests.post(url, json=packet, timeout=settings.HTTP_TIMEOUT)
    resp.raise_for_status()
    return resp.json()
