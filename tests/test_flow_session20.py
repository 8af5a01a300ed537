"""The data flow shapes of the twentieth session: what its SPEC-only probers found (rounds 137
and after).

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session18 import HEAD

CASES: dict[str, str] = {
    # SPEC section 4 (a call configured as a sink by qualified name) and section 6
    # (functools.partial and runners are followed): a configured method of a class reached through
    # its module (pubsub_v1.PublisherClient()), and a configured function handed to
    # asyncio.to_thread or bound by partial, still send; another class or function of the same
    # module does not
    "configured-sinks-handed-on": '''
# OPTIONS: sinks=google.cloud.pubsub_v1.PublisherClient.publish,agency_bus.publish
import asyncio
import functools
import json
from google.cloud import pubsub_v1
from agency_bus import publish, subscribe
publisher = pubsub_v1.PublisherClient()
schemas = pubsub_v1.SchemaServiceClient()
def relay(m):
    publisher.publish("projects/v/topics/liaison", json.dumps({
        "medicaid_id": m.cin,
        "ssn": m.ssn,  # MCD101
    }).encode())
    schemas.publish("projects/v/schemas/x", json.dumps({"ssn": m.ssn}).encode())
async def via_thread(m):
    await asyncio.to_thread(publish, "liaison", json.dumps({"medicaid_id": m.cin, "race": m.race}))  # MCD101
    await asyncio.to_thread(subscribe, "liaison", json.dumps({"medicaid_id": m.cin, "race": m.race}))
def via_partial(m):
    send = functools.partial(publish, "liaison")
    send(json.dumps({"medicaid_id": m.cin, "email": m.email}))  # MCD101
    listen = functools.partial(subscribe, "liaison")
    listen(json.dumps({"medicaid_id": m.cin, "email": m.email}))
''',
    # SPEC section 4 (a function marked with the enforcement pragma is a sink): the marked def
    # handed to a runner, bound by partial, or queued as a Celery task sends its arguments as a
    # direct call does; an unmarked function of the state stays clean
    "pragma-sender-handed-on": '''
import asyncio
import functools
import json
from celery import shared_task
from fastapi import BackgroundTasks
def relay(body):  # medicaid-scope: enforcement
    r.lpush("liaison:backlog", json.dumps(body))
@shared_task
def relay_task(body):  # medicaid-scope: enforcement
    r.lpush("liaison:backlog", json.dumps(body))
def archive(body):
    r.lpush("state:archive", json.dumps(body))
@shared_task
def archive_task(body):
    r.lpush("state:archive", json.dumps(body))
async def via_thread(m):
    await asyncio.to_thread(relay, {"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101
    await asyncio.to_thread(archive, {"medicaid_id": m.cin, "ssn": m.ssn})
def via_background(m, tasks: BackgroundTasks):
    tasks.add_task(relay, {"medicaid_id": m.cin, "income": m.income})  # MCD101
    tasks.add_task(archive, {"medicaid_id": m.cin, "income": m.income})
def via_partial(m):
    send = functools.partial(relay, {"medicaid_id": m.cin, "race": m.race})  # MCD101
    send()
    keep = functools.partial(archive, {"medicaid_id": m.cin, "race": m.race})
    keep()
def via_delay(m):
    relay_task.delay({"medicaid_id": m.cin, "sex": m.sex})  # MCD101
    relay_task.apply_async(args=[{"medicaid_id": m.cin, "dob": m.dob}])
    archive_task.delay({"medicaid_id": m.cin, "sex": m.sex})
''',
}


def _source(body: str) -> str:
    """The case after the shared header; an ``# OPTIONS:`` first line goes before it."""
    first, _, rest = body.lstrip("\n").partition("\n")
    return f"{first}\n{HEAD}{rest}" if first.startswith("# OPTIONS:") else HEAD + body


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
