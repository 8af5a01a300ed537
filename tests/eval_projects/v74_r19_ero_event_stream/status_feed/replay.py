"""Replay jobs, started by the operator console (no caller in this package)."""

import logging
from uuid import uuid4

from eligibility.models import Enrollee

import status_feed.bus as bus
from status_feed.mapping import to_event as make_event

log = logging.getLogger(__name__)

UNLAWFUL_CODES = ("EWI", "OVS", "FO")
WIRE_FIELDS = {"correlation_id", "msis_ident_num", "birth_dt", "imgrtn_stus_cd"}


def _publish(event):
    bus.emit(event.msis_ident_num.encode(), event.model_dump_json(include=WIRE_FIELDS).encode())


def replay_county(county_cd):
    for member in Enrollee.objects.filter(county_cd=county_cd):
        _publish(make_event(member, str(uuid4())))  # MCD201


def replay_unlawful(county_cd):
    for member in Enrollee.objects.filter(county_cd=county_cd, imgrtn_stus_cd__in=UNLAWFUL_CODES):
        _publish(make_event(member, str(uuid4())))


def replay_enrollees(enrollees):
    for member in enrollees:
        event = make_event(member, str(uuid4()))
        if member.imgrtn_stus_cd not in UNLAWFUL_CODES:
            log.info("replaying %s with a lawful status code", event.correlation_id)
        _publish(event)  # MCD201


def replay_noncitizens(enrollees):
    for member in enrollees:
        if member.ctznshp_ind == "Y":
            continue
        _publish(make_event(member, str(uuid4())))
