"""Nightly job: status-filtered enrollees built by payload.py and published to the ERO stream.

Scenario:
    The job loops over the county's active enrollees, skips anyone the scope
    predicate does not mark as unlawfully present, builds each record with
    payload.build_subject_record and hands it to the ERO stream publisher.
    The built record (placed in payload.py) carries race and diagnosis codes.

Expected findings:
    line 31, MCD101, "race" placed in payload.py from member.race_cd, handed to the ERO publisher here
    line 31, MCD102, "diagnosis_codes" placed in payload.py from member.chronic_dx_codes, handed here
"""
import logging

from kancare.models import Enrollee

from .payload import build_subject_record
from .publisher import EroStreamPublisher
from .scope import is_unlawfully_present

log = logging.getLogger("kancare_handoff.job")


def run(county_code: str) -> int:
    publisher = EroStreamPublisher()
    sent = 0
    for member in Enrollee.objects.filter(county_code=county_code, active=True).iterator():
        if not is_unlawfully_present(member):
            continue
        record = build_subject_record(member)
        publisher.publish(record, partition_key=member.medicaid_id)  # MCD101 MCD102
        sent += 1
    log.info("published %d subjects for county %s", sent, county_code)
    return sent
