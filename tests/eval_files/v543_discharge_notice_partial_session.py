"""Hospital-discharge hook that notifies ICE EID about one member through a ``functools.partial`` over a ``requests.Session.post`` bound to the ICE discharge URL, built on a small partner-client class hierarchy.

Qualifiers make fields someone else's (SPEC §5, §6 partial followed, §3 dict entries): ``emergency_contact_phone`` is a contact person's phone (MCD101), ``admission_date`` is an encounter date (MCD102) and ``facility_address`` is a provider's address (MCD102); one member and encounter chosen by the caller, so no MCD201.
"""
import functools
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("adt.discharge")

ICE_DISCHARGE_URL = "https://eid.ice.gov/api/v1/notices/discharge"
POST_TIMEOUT = (5, 30)
SKIP_DISPOSITIONS = frozenset({"20", "40", "41", "42"})  # expired


def _retry_policy() -> Retry:
    return Retry(
        total=int(os.environ.get("NOTIFY_RETRIES", "3")),
        backoff_factor=1.0,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"POST"}),
        raise_on_status=False,
    )


class PartnerClient:
    """Common session setup for outbound partner integrations."""

    def __init__(self, cert_path: str, key_path: str):
        self._session = requests.Session()
        self._session.mount("https://", HTTPAdapter(max_retries=_retry_policy()))
        self._session.cert = (cert_path, key_path)
        self._session.headers.update({"Accept": "application/json"})

    def close(self) -> None:
        self._session.close()


class DischargeNotifier(PartnerClient):
    def __init__(self):
        super().__init__(
            os.environ.get("EID_CERT", "/etc/pki/eid/client.pem"),
            os.environ.get("EID_KEY", "/etc/pki/eid/client.key"),
        )

    def notify(self, member, encounter) -> bool:
        if encounter.discharge_disposition in SKIP_DISPOSITIONS:
            log.info("encounter %s: disposition %s, no notice", encounter.encounter_id, encounter.discharge_disposition)
            return False
        if not member.home_address:
            return False
        post = functools.partial(self._session.post, ICE_DISCHARGE_URL, timeout=POST_TIMEOUT)
        payload = {
            "cin": member.cin,
            "date_of_birth": member.date_of_birth.isoformat(),
            "home_address": member.home_address,
            "phone": member.phone,
            "emergency_contact_phone": member.emergency_contact_phone,  # MCD101
            "admission_date": encounter.admission_date.isoformat(),  # MCD102
            "facility_address": encounter.facility_address,  # MCD102
        }
        try:
            resp = post(json=payload)
        except requests.RequestException:
            log.exception("discharge notice for %s not delivered", member.cin)
            return False
        if resp.status_code >= 400:
            log.error("EID rejected discharge notice: %s %s", resp.status_code, resp.text[:200])
            return False
        log.info("discharge notice accepted: %s", resp.headers.get("Location"))
        return True


def on_adt_a03(message, lookup_member, lookup_encounter) -> bool:
    """Entry point called by the interface engine for each A03 (discharge) message."""
    member = lookup_member(message["PID"]["cin"])
    encounter = lookup_encounter(message["PV1"]["visit_number"])
    if member is None or encounter is None:
        log.warning("A03 %s: member or encounter not found", message.get("MSH", {}).get("control_id"))
        return False
    notifier = DischargeNotifier()
    try:
        return notifier.notify(member, encounter)
    finally:
        notifier.close()
