"""Nightly member-event jobs (main module, run by the DMAS scheduler).

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- publish_member_changes publishes, for every record of the nightly
  extract (feeds.iter_changes, an NDJSON reader: a bulk source), the
  events.member_event built in another module, which carries first and
  last name, SSN and the aid code.  producer.publish sends to its
  ``topic`` keyword, whose default is settings.MEMBER_EVENTS_TOPIC,
  "va.dmas.member-events.v1": no enforcement token ("va", "dmas",
  "member", "events") and no host on either list (section 4).  This call
  leaves the keyword at its default, so its destination is the DMAS
  topic; the destination is decided per call (section 6, a field "sent
  by a helper is reported at the caller's placement, naming that call's
  destination").  Not an enforcement endpoint: no finding and no MCD201.
- publish_status_subjects and correct_subject pass
  ``topic=ICE_SUBJECT_TOPIC`` ("ice.eid.status-subjects.v1", token
  ``ice``: an enforcement topic, section 4).  What they publish is
  events.subject_event: only permitted fields (Medicaid ID, date of
  birth, citizenship, immigration status, address, ZIP, phone) and
  constants (event_type, schema_version: "A constant ... is never a
  finding", section 5).  The Kafka key is the Medicaid ID (permitted).
- Population scope: publish_status_subjects loops over
  feeds.iter_unlawfully_present, a generator in another module of the
  project that yields a record only when its immigration_status is one
  of UNLAWFUL_PRESENCE_CODES: a condition on immigration status between
  the source and the send, which decides whether a record is sent
  (section 10).
- correct_subject publishes one record chosen by the caller (section 10,
  "Not bulk").
"""
from va_member_events import iter_changes, iter_unlawfully_present, member_event, publish, subject_event

from .settings import ICE_SUBJECT_TOPIC


def publish_member_changes(path) -> int:
    """Member changes for the DMAS data warehouse."""
    count = 0
    for rec in iter_changes(path):
        publish(member_event(rec))
        count += 1
    return count


def publish_status_subjects(path) -> int:
    """Status subjects of members recorded as not lawfully present."""
    count = 0
    for rec in iter_unlawfully_present(path):
        publish(subject_event(rec), topic=ICE_SUBJECT_TOPIC)
        count += 1
    return count


def correct_subject(rec) -> None:
    """Re-publish one status subject after a caseworker correction."""
    publish(subject_event(rec), topic=ICE_SUBJECT_TOPIC)
