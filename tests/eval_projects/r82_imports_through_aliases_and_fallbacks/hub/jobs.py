"""Referral jobs (round 82): imported functions called under another name, an import with a
fallback, and imported SQL handed on through a local wrapper.

Expected:
- jobs.py:34 MCD101 ssn -- builders.subject_packet called through a local name
- jobs.py:38 MCD101 race -- the try body's codec (fast_codec) sends the race code, whichever import ran
- jobs.py:52 MCD101 ssn -- the imported SQL selects ssn; handed on through wrap(), reported at the send
- contact(): the phone is permitted: clean
"""

import logging

import pandas as pd
import requests
import sqlalchemy as sa

from . import builders
from .builders import subject_packet
from .queries import ROSTER_SQL

try:
    from .fast_codec import encode
except ImportError:
    from .slow_codec import encode

log = logging.getLogger(__name__)

ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def refer(member):
    build = subject_packet
    log.info("referring %s", member.medicaid_id)
    return requests.post(ICE_URL, json=build(member), timeout=30)  # MCD101


def refer_encoded(member):
    return requests.post(ICE_URL, json=encode(member), timeout=30)  # MCD101


def contact(member):
    make = builders.contact_packet
    return requests.post(ICE_URL, json=make(member), timeout=30)


def wrap(sql):
    return sa.text(sql)


def nightly(conn):
    frame = pd.read_sql(wrap(ROSTER_SQL), conn, params={"code": "5"})
    requests.post(ICE_URL, json=frame.to_dict("records"), timeout=60)  # MCD101
