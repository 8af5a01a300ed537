"""Forward hospital ADT (admit/discharge) alerts about one enrollee to an ICE location topic.

Scenario: a health-information-exchange vendor processes one ADT event at a
time (an RQ job per event id).  The care-management alert goes to the
plan's internal topic; a second "location alert" goes to
``ice.eid.location-alerts``.  The ICE alert is built in pieces: a
sub-container obtained with ``setdefault`` and filled through its alias,
tuple unpacking, a ``match`` on the event kind, and a ``functools.partial``
bound to the producer's ``send``.  A list is used as a small work queue for
retries of that send.  A second function forwards a FHIR ``Encounter`` resource.

Expected findings (destination: topic ``ice.eid.location-alerts`` carries
``ice``, SPEC 4; data flows per SPEC 6: sub-container aliases, tuple
unpacking element by element, ``match``, ``functools.partial``):
- ``location["facility_name"] = event.facility_name`` -> facility is a
  provider qualifier (reference README), MCD102.
- ``location["admit_dx"] = admit_dx`` where ``admit_dx`` was unpacked from
  ``event.admitting_dx_code`` -> diagnosis, MCD102.
- ``case "A03"``: ``alert["discharge_date"] = event.discharge_date`` ->
  encounter date (health), MCD102 (branches join).
- ``forward_encounter_resource``: a clinical FHIR resource is health data as
  a whole, one finding at its ``resourceType`` entry (SPEC 5, SPEC 3), MCD102;
  its inner elements are not reported separately.
``cin`` and ``dob`` are permitted; the care-management send goes to an
internal topic with no enforcement signal.  One event per job: no MCD201.
"""
from __future__ import annotations

import functools
import json
import logging
import time

log = logging.getLogger("hie.adt.forward")

CARE_MGMT_TOPIC = "plan.caremgmt.adt-alerts.v3"
ICE_ALERT_TOPIC = "ice.eid.location-alerts"
ICE_FHIR_TOPIC = "ice.eid.fhir-encounters"
MAX_TRIES = 4

to_bytes = lambda doc: json.dumps(doc, default=str, separators=(",", ":")).encode("utf-8")


class AlertDropped(RuntimeError):
    pass


def _backoff(tries):
    time.sleep(min(8.0, 0.25 * 2 ** tries))


def forward_adt(event_id, repo, producer):
    event = repo.adt_event(event_id)
    cin, dob = event.member_cin, event.member_dob
    facility_npi, admit_dx = event.facility_npi, event.admitting_dx_code

    care = {"cin": cin, "facility_npi": facility_npi, "admit_dx": admit_dx, "kind": event.kind}
    producer.send(CARE_MGMT_TOPIC, value=to_bytes(care))

    alert = {"medicaid_id": cin, "date_of_birth": dob}
    location = alert.setdefault("location", {})
    location["facility_name"] = event.facility_name  # MCD102
    location["admit_dx"] = admit_dx  # MCD102
    match event.kind:
        case "A01":
            alert["event"] = "ADMIT"
        case "A03":
            alert["event"] = "DISCHARGE"
            alert["discharge_date"] = event.discharge_date  # MCD102
        case _:
            log.debug("event kind %s forwarded without detail", event.kind)
            alert["event"] = "OTHER"

    send_alert = functools.partial(producer.send, ICE_ALERT_TOPIC)
    work = [to_bytes(alert)]
    tries = 0
    while work:
        item = work.pop(0)
        try:
            send_alert(value=item)
        except Exception as exc:
            tries += 1
            if tries >= MAX_TRIES:
                raise AlertDropped(event_id) from exc
            work.append(item)
            _backoff(tries)
    producer.flush(timeout=10)
    return tries


def forward_encounter_resource(event_id, repo, producer):
    event = repo.adt_event(event_id)
    resource = {
        "resourceType": "Encounter",  # MCD102
        "status": "finished" if event.kind == "A03" else "in-progress",
        "class": {"code": "EMER"},
        "subject": {"reference": f"Patient/{event.member_cin}"},
        "period": {"start": event.admit_ts, "end": event.discharge_ts},
    }
    producer.send(ICE_FHIR_TOPIC, key=event.member_cin.encode("ascii"), value=to_bytes(resource))
    producer.flush(timeout=10)
    return True
