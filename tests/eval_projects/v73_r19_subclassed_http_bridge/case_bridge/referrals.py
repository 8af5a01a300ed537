"""Referral operations."""

from uuid import uuid4

import case_bridge.payloads as pl
from case_bridge.transport.subjects import SubjectApi

from . import SCHEMA_VERSION


def refer(member):
    body = {"schema_version": SCHEMA_VERSION, "request_id": str(uuid4())}
    pl.add_identity(body, member)
    pl.add_residence(body, member)
    return SubjectApi().create(body)  # MCD101 MCD101


def correct_status(member):
    return SubjectApi().update_subject(member.ssn, {"immigration_status": member.imgrtn_stus_cd})  # MCD101


def refer_all(members):
    for member in members:
        refer(member)  # MCD201
