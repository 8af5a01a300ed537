"""The data flow shapes of the forty-fourth session: what its SPEC-only probers found (round 288
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (every channel agencies use): asyncio streams (the writer of open_connection), a
    # socket's sendmsg and makefile, and the event loop's sock_sendall send to the host the socket
    # was given; a state host stays clean, and so does the reader's side
    "asyncio-streams-sendmsg-makefile-and-loop-sock-sendall": '''
import asyncio
import socket

ICE_HOST = "mllp.ero.ice.dhs.gov"
STATE_HOST = "mllp.medicaid.state.mn.us"


async def send_async(m):
    reader, writer = await asyncio.open_connection(ICE_HOST, 2575)
    writer.write(f"PID|{m.primary_dx}".encode())  # MCD102
    await writer.drain()


async def send_by_index(m):
    conn = await asyncio.open_connection(host=ICE_HOST, port=2575)
    conn[1].writelines([m.diagnosis_code.encode()])  # MCD102


async def send_loop(m):
    loop = asyncio.get_running_loop()
    sock = socket.create_connection((ICE_HOST, 2575))
    await loop.sock_sendall(sock, m.diagnosis_code.encode())  # MCD102


def send_msg(m):
    sock = socket.create_connection((ICE_HOST, 2575))
    sock.sendmsg([m.diagnosis_code.encode()])  # MCD102


def send_file(m):
    sock = socket.create_connection((ICE_HOST, 2575))
    with sock.makefile("wb") as out:
        out.write(m.diagnosis_code.encode())  # MCD102


async def to_the_state(m):
    reader, writer = await asyncio.open_connection(STATE_HOST, 2575)
    writer.write(f"PID|{m.primary_dx}".encode())
    loop = asyncio.get_running_loop()
    sock = socket.create_connection((STATE_HOST, 2575))
    await loop.sock_sendall(sock, m.diagnosis_code.encode())


async def reads_the_answer(m):
    reader, writer = await asyncio.open_connection(ICE_HOST, 2575)
    answer = await reader.read(100)
    writer.write(b"ACK")
    return answer
''',
    # SPEC section 6 (calls between functions of the module): tasks run at once see what the others put into
    # a queue, whatever the order they were started in (gather, create_task then await, a TaskGroup); a
    # consumer that posts to the state stays clean, and so does a task given nothing that changes
    "a-consumer-started-first-takes-what-the-producer-puts": '''
import asyncio

CBP_URL = "https://intake.cbp.gov/v1/records"
STATE_URL = "https://api.medicaid.state.mn.us/v1/records"


async def producer(m, queue):
    await queue.put({"cin": m.cin, "sex": m.sex})  # MCD101


async def producer_ok(m, queue):
    await queue.put({"cin": m.cin, "dob": m.date_of_birth, "health": m.diagnosis_code})


async def consumer(session, queue):
    item = await queue.get()
    await session.post(CBP_URL, json=item)


async def state_consumer(session, queue):
    item = await queue.get()
    await session.post(STATE_URL, json=item)


async def heartbeat(session, m):
    await session.post(CBP_URL, json={"medicaid_id": m.cin})


async def run_gather(m, session):
    queue = asyncio.Queue()
    await asyncio.gather(consumer(session, queue), producer(m, queue))


async def run_task(m, session):
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(session, queue))
    await producer(m, queue)
    return await task


async def run_group(m, session):
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(state_consumer(session, queue))
        tg.create_task(producer_ok(m, queue))
        tg.create_task(heartbeat(session, m))
''',
    # SPEC section 3 (reported where the value is placed): a column of a select list put under a key that
    # alone makes it prohibited ("ssn": msis_id of SELECT msis_ident_num) is reported at that entry; a
    # prohibited column put under its own name stays at the column (a decision of rounds 275-280)
    "a-column-renamed-to-a-prohibited-key-is-reported-at-the-entry": '''
import requests

ERO_URL = "https://feeds.ero.ice.gov/v2/terminations"


def push(cur):
    cur.execute("SELECT t.msis_ident_num, t.birth_dt, t.elgbl_last_name FROM terms t WHERE t.imgrtn_stus_cd = 'NQ'")  # MCD101
    batch = []
    for msis_id, dob, last in cur.fetchall():
        batch.append({
            "ssn": msis_id,  # MCD101
            "birth_dt": dob,
            "elgbl_last_name": last,
        })
    requests.post(ERO_URL, json=batch)


def push_ok(cur):
    cur.execute("SELECT t.msis_ident_num, t.birth_dt FROM terms t WHERE t.imgrtn_stus_cd = 'NQ'")
    out = []
    for msis_id, dob in cur.fetchall():
        out.append({"medicaid_id": msis_id, "date_of_birth": dob})
    requests.post(ERO_URL, json=out)
''',
    # SPEC section 6 (flow-sensitive: the last assignment wins) and section 10 (a condition that guards the
    # send clears it): a task started under a status test is run again only inside that test's block; a task
    # awaited where it starts, or given a name bound again later, does not see what is put in afterwards;
    # trio/anyio's start_soon(fn, args) starts fn(args)
    "tasks-run-again-only-in-their-block-and-with-what-they-hold": '''
import asyncio
import anyio
import httpx

ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://api.medicaid.state.mn.us/v1/encounters"


async def refer(client, m):
    await client.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.date_of_birth})


async def send(client, url, body):
    await client.post(url, json=body)


async def ship(outbox):
    async with httpx.AsyncClient() as client:
        await client.post(ICE_URL, json=outbox)


async def filtered(members, client):
    tasks = []
    for m in members:
        if m.immigration_status == "NQ":
            tasks.append(asyncio.create_task(refer(client, m)))
    await asyncio.gather(*tasks)


async def rebound(m, client):
    body = {"medicaid_id": m.cin, "dob": m.date_of_birth}
    ref = asyncio.create_task(send(client, ICE_URL, body))
    body = {"medicaid_id": m.cin, "diagnosis": m.primary_dx}
    await send(client, STATE_URL, body)
    await ref


async def awaited(m, client):
    body = {"medicaid_id": m.cin, "dob": m.date_of_birth}
    await asyncio.create_task(send(client, ICE_URL, body))
    body["diagnosis"] = m.primary_dx
    await send(client, STATE_URL, body)


async def mutated_before_it_runs(m, client):
    body = {"medicaid_id": m.cin}
    ref = asyncio.create_task(send(client, ICE_URL, body))
    body["diagnosis"] = m.primary_dx  # MCD102
    await ref


async def started_soon(member):
    outbox = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(ship, outbox)
        outbox.append({"medicaid_id": member.cin, "name": member.full_name})  # MCD101
''',
    # SPEC section 3: the same column under two keys is two placements, each at its entry when its key makes
    # it prohibited; a key nested under another key, and a batch sent under a key, keep the entry
    "a-column-under-two-keys-and-nested-keys-is-reported-at-each-entry": '''
import requests

EID_URL = "https://eid.ice.gov/api/v2/subjects"
SQL = "SELECT msis_ident_num, birth_dt FROM elig WHERE imgrtn_stus_cd = 'U1'"


def two_keys(cur):
    cur.execute(SQL)
    for row in cur:
        requests.post(EID_URL, json={
            "medicaid_id": row[0],
            "tax_id": row[0],  # MCD101
        })


def nested(cur):
    cur.execute(SQL)
    row = cur.fetchone()
    requests.post(EID_URL, json={"person": {"ssn": row[0]}})  # MCD101


def batch_under_a_key(cur):
    cur.execute(SQL)
    batch = []
    for row in cur.fetchall():
        batch.append({"ssn": row[0]})  # MCD101
    requests.post(EID_URL, json={"subjects": batch})
''',
    # SPEC section 10 (where the callers are visible, the path starts at their sources): a helper posting
    # df.to_dict() of its parameter, called from an `if __name__ == "__main__":` block with a projected
    # frame, is clean as it is when called from main(); a whole frame handed in is MCD103 at its read,
    # a helper no code calls still sends a whole record
    "a-helper-called-from-the-main-block-sends-what-it-is-handed": '''
import pandas as pd
import requests

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/batches"


def post_batch(df):
    requests.post(ICE_BATCH_URL, json=df.to_dict(orient="records"))


def helper_only(df):
    requests.post(ICE_BATCH_URL, json=df.to_dict(orient="records"))  # MCD103


if __name__ == "__main__":
    frame = pd.read_csv("/data/taf/spans.csv")  # MCD103
    frame = frame[frame["imgrtn_stus_cd"] == "5"]
    post_batch(frame)
    post_batch(frame[["msis_ident_num", "sex_cd"]])  # MCD101
    post_batch(frame[["msis_ident_num", "birth_dt"]])
''',
    # SPEC section 6 (classes, methods, self.x set in any method): a class kept on self by __init__, or in a
    # dict literal of the function, and called there, is a call of that class; two classes kept under one
    # name are no known class (clean)
    "a-class-kept-on-self-or-in-a-local-table-is-called": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://api.medicaid.state.mn.us/v1/members"


class IceSender:
    def send(self, body):
        return requests.post(ICE_URL, json=body)


class StateSender:
    def send(self, body):
        return requests.post(STATE_URL, json=body)


class Holder:
    def __init__(self):
        self.sender_cls = IceSender

    def go(self, m):
        self.sender_cls().send({"cin": m.cin, "ssn": m.ssn})  # MCD101


class StateHolder:
    def __init__(self):
        self.sender_cls = StateSender

    def go(self, m):
        self.sender_cls().send({"cin": m.cin, "ssn": m.ssn})


def local_registry(m):
    reg = {"ice": IceSender, "state": StateSender}
    reg["ice"]().send({"cin": m.cin, "race": m.race})  # MCD101
    reg["state"]().send({"cin": m.cin, "race": m.race})
''',
    # SPEC section 5 (health data stays barred): labor-and-delivery facts named with "birth" (a live birth,
    # a home birth) are pregnancy data, not a date of birth; a newborn's date of birth is a
    # date of birth (the reference field list: newborn_dob), permitted about a person chosen by status
    "labor-and-delivery-words-are-pregnancy-data": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_mother(m):
    if m.immigration_status != "unlawfully_present":
        return
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "dob": m.date_of_birth,
        "newborn_dob": m.newborn_dob,
        "delivery": m.live_birth_ind,  # MCD102
        "home_birth": m.home_birth_ind,  # MCD102
        "apgar": m.apgar_score,  # MCD102
        "c_section": m.c_section_ind,  # MCD102
    })
''',
    # review 44b: a whole record a helper reads itself (not off a parameter) stays MCD103 when its one caller
    # turns that branch off; a column whose name is unknown moves to the entry whose key makes it prohibited;
    # a prohibited column under two keys is one finding at the column, of the strongest code whatever the
    # order
    "review-44b-whole-records-columns-and-classes-on-self": '''
import requests
from db import fetch_member

ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://api.medicaid.state.mn.us/v1/members"


def refer(member_id, with_record=True):
    body = {"medicaid_id": member_id}
    if with_record:
        body["record"] = vars(fetch_member(member_id))  # MCD103
    requests.post(ICE_URL, json=body)


def refer_id_only(member):
    refer(member.cin, with_record=False)


def unknown_column(conn, member_id):
    cur = conn.cursor()
    cur.execute("SELECT member_ref, msis_ident_num FROM members WHERE id = %s", (member_id,))
    ref, mid = cur.fetchone()
    requests.post(ICE_URL, json={
        "diagnosis_code": ref,  # MCD102
        "medicaid_id": mid,
    })


def prohibited_column(conn, member_id):
    cur = conn.cursor()
    cur.execute("SELECT ssn FROM members WHERE msis_ident_num = %s", (member_id,))  # MCD102
    row = cur.fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[0], "diagnosis": row[0]})

''',
    # SPEC section 6 (the last assignment wins; self.x set in any method): a class kept on self that __init__
    # leaves None and a method fills, or that a method called in this run sets, is that class; one that no
    # run here chooses between two classes stays unknown (clean)
    "a-class-on-self-set-after-init-or-by-a-method-called-here": '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"


class IceSender:
    def send(self, body):
        return requests.post(ICE_URL, json=body)


class StateSender:
    def send(self, body):
        return requests.post(STATE_URL, json=body)


class Lazy:
    def __init__(self):
        self.sender_cls = None

    def refer(self, member):
        self.sender_cls = IceSender
        return self.sender_cls().send({"medicaid_id": member.cin, "last_name": member.last_name})  # MCD101


class Dispatcher:
    def __init__(self):
        self.sender_cls = StateSender

    def configure(self):
        self.sender_cls = IceSender

    def refer(self, member):
        self.configure()
        body = {"medicaid_id": member.cin, "last_name": member.last_name}  # MCD101
        return self.sender_cls().send(body)

    def sync(self, member):
        self.sender_cls = StateSender
        return self.sender_cls().send({"medicaid_id": member.cin, "last_name": member.last_name})
''',
    # SPEC section 5 (health data: disability, diagnoses, care plans): long-term services and supports words
    "ltss-assessments-are-health-data": '''
import requests

DHS_URL = "https://intake.ero.dhs.gov/v2/subjects"


def refer(m):
    if m.immigration_status != "unlawfully_present":
        return
    requests.post(DHS_URL, json={
        "medicaid_id": m.cin,
        "dementia": m.dementia_ind,  # MCD102
        "adl": m.adl_score,  # MCD102
        "pasrr": m.pasrr_level,  # MCD102
        "vent": m.ventilator_dependent,  # MCD102
        "plan": m.person_centered_plan,  # MCD102
        "falls": m.fall_risk,  # MCD102
    })
''',
    # review 44c: a helper that copies or aliases its parameter before sending it whole sends what its callers
    # hand in (here, from the main block, two permitted columns chosen by status); an unknown column under
    # keys that add nothing stays one MCD104 at the column
    "review-44c-copies-of-parameters-and-unknown-columns": '''
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def push_copy(df):
    frame = df.copy()
    requests.post(ICE_URL, json=frame.to_dict(orient="records"))


def push_alias(df):
    out = df
    requests.post(ICE_URL, json=out.to_dict(orient="records"))


def scores(conn, member_id):
    cur = conn.cursor()
    cur.execute("SELECT msis_ident_num, risk_score FROM members WHERE msis_ident_num = %s", (member_id,))  # MCD104
    row = cur.fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row[0], "score": row[1], "notes": row[1]})


if __name__ == "__main__":
    data = pd.read_csv("/data/taf/m.csv", usecols=["msis_ident_num", "imgrtn_stus_cd"])
    data = data[data["imgrtn_stus_cd"] == "5"]
    push_copy(data)
    push_alias(data)
''',
    # SPEC section 4 (what enforcement returns is its own data, not a payload): a DRF serializer named for
    # enforcement that only ever parses its answer (data=resp.json()) is no payload model, as a pydantic model
    # filled only from a response is not; one also given a member to serialize is
    "a-drf-serializer-filled-only-from-the-answer-is-inbound": '''
import requests
from rest_framework import serializers

ICE_URL = "https://eid.ice.gov/api/v1/detainers"


class IceDetainerSerializer(serializers.Serializer):
    detainer_number = serializers.CharField()  # MCD104
    subject_name = serializers.CharField()  # MCD101


def fetch_detainer(cin):
    resp = requests.get(ICE_URL, params={"medicaid_id": cin}, timeout=30)
    ser = IceDetainerSerializer(data=resp.json())
    ser.is_valid(raise_exception=True)
    return ser.validated_data


def send(m):
    requests.post(ICE_URL, json=IceDetainerSerializer(m).data)
''',
    "a-drf-serializer-that-parses-the-answer-and-writes-a-member-is-a-payload": '''
import requests
from rest_framework import serializers

ICE = "https://eid.ice.gov/api/detainers"


class IceDetainerSerializer(serializers.Serializer):
    ssn = serializers.CharField()  # MCD101
    diagnosis_code = serializers.CharField()  # MCD102


def fetch():
    s = IceDetainerSerializer(data=requests.get(ICE).json())
    s.is_valid()
    return s.validated_data


def send(member):
    requests.post(ICE, json=IceDetainerSerializer().to_representation(member))
''',
    "a-drf-serializer-that-only-parses-the-answer-is-clean": '''
import requests
from rest_framework import serializers

ICE_URL = "https://eid.ice.gov/api/v1/detainers"


class IceDetainerSerializer(serializers.Serializer):
    detainer_number = serializers.CharField()
    subject_name = serializers.CharField()
    facility = serializers.CharField()


def fetch_detainer(cin):
    resp = requests.get(ICE_URL, params={"medicaid_id": cin}, timeout=30)
    ser = IceDetainerSerializer(data=resp.json())
    ser.is_valid(raise_exception=True)
    return ser.validated_data
''',
    # SPEC section 4 (every channel agencies use: queues): kombu's Producer publishes to the exchange or routing
    # key it names, or to its connection's broker host; the state's broker stays clean
    "kombu-producers-publish-to-their-exchange-or-broker": '''
from kombu import Connection, Producer

ICE_MQ = "amqp://mq.ero.ice.gov//"
STATE_MQ = "amqp://mq.dhs.state.mn.us//"


def refer(m):
    with Connection(ICE_MQ) as conn:
        producer = conn.Producer()
        producer.publish({"cin": m.cin, "dx": m.diagnosis_code}, routing_key="referrals")  # MCD102


def to_state(m):
    with Connection(STATE_MQ) as conn:
        producer = Producer(conn.channel())
        producer.publish({"cin": m.cin, "dx": m.diagnosis_code}, exchange="eligibility", routing_key="updates")


def default_exchange(m, broker_url):
    conn = Connection(broker_url)
    Producer(conn.channel(), exchange="ice.referrals").publish({"ssn": m.ssn}, routing_key="new")  # MCD101
''',
    # review 44d: a whole record read off a parameter by a subscript (df[mask].to_dict()) is what the callers
    # hand in: the columns the module-level caller read are reported at its usecols, no MCD103 in the helper
    "review-44d-a-subscript-of-a-parameter-is-the-callers-frame": '''
import pandas as pd
import requests

ICE = "https://eid.ice.gov/referrals"


def push(df):
    requests.post(ICE, json=df[df.active == 1].to_dict())


push(pd.read_csv("m.csv", usecols=["msis_id", "diagnosis_code", "active"]))  # MCD102 MCD104 MCD201
''',
    # SPEC section 3 (SELECT * at the line of the * in the SQL string): a query assembled in an f-string is
    # reported at its own star, not at another literal of the module with the same text (a copy that is only
    # previewed, or a note that quotes the query)
    "an-f-string-select-star-is-reported-at-its-own-star": '''
import sqlite3

import requests

ICE_URL = "https://liaison.ero.ice.gov/api/referrals"
TABLE = "clients"
NOTE = "see SELECT * FROM clients WHERE cin = ? for the query"
conn = sqlite3.connect("x.db")


def send(cin):
    row = conn.execute(f"SELECT * FROM {TABLE} WHERE cin = ?", (cin,)).fetchone()  # MCD103
    requests.post(ICE_URL, json=dict(row))


def preview(cin):
    row = conn.execute("SELECT * FROM clients WHERE cin = ?", (cin,)).fetchone()
    return row
''',
    # SPEC section 3 and 10: Flask-SQLAlchemy's Model.query of a model imported from a package the analysis
    # cannot read is a query of records (each element's to_dict() a whole record), not a field named "query"
    "flask-sqlalchemy-query-of-an-imported-model": '''
import requests
from county_app.models import CaseNote

ICE_URL = "https://liaison.ero.ice.gov/api/referrals"


def send_notes(cin):
    notes = CaseNote.query.filter_by(cin=cin).all()
    requests.post(ICE_URL, json=[n.to_dict() for n in notes])  # MCD103
''',
    # review 44e and round 294: `X.query` read as a value of an imported class that is not queried there is no
    # query of records (an unknown field, no MCD201); a serializer that writes back what it validated from
    # enforcement's answer stays inbound; an f-string query with escapes is read as Python reads it
    "review-44e-query-attributes-validated-data-and-escaped-f-strings": '''
import requests
from app.forms import SearchForm
from rest_framework import serializers

ICE_URL = "https://eid.ice.gov/referrals"
TABLE = "mmis.elig_member"


def search():
    requests.post(ICE_URL, params={"q": SearchForm.query})  # MCD104


class IceDispositionSerializer(serializers.Serializer):
    alien_number = serializers.CharField()
    diagnosis_code = serializers.CharField()


def fetch(case_id):
    resp = requests.get(f"{ICE_URL}/{case_id}")
    ser = IceDispositionSerializer(data=resp.json())
    ser.is_valid(raise_exception=True)
    return IceDispositionSerializer().to_representation(ser.validated_data)


def star(conn, cin):
    cur = conn.cursor()
    cur.execute(f"SELECT *\\nFROM {TABLE} WHERE cin = %s", (cin,))  # MCD103
    requests.post(ICE_URL, json=cur.fetchone())
''',
    # review 44f: a task waited for (await task, asyncio.wait([task]), wait_for(create_task(...))) is done there:
    # what is put into its list afterwards goes elsewhere; what was put in before the wait it takes
    "a-task-waited-for-takes-nothing-put-in-afterwards": '''
import asyncio
import httpx

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
FHIR_URL = "https://fhir.health.state.or.us/Bundle"


async def ice_worker(batch):
    async with httpx.AsyncClient() as c:
        await c.post(ICE_URL, json=batch)


async def fhir_push(batch):
    async with httpx.AsyncClient() as c:
        await c.post(FHIR_URL, json=batch)


async def nightly(member):
    batch = []
    task = asyncio.create_task(ice_worker(batch))
    await task
    batch.append({"diagnosis": member.dx_code})
    await fhir_push(batch)


async def nightly_wait(member):
    batch = []
    task = asyncio.create_task(ice_worker(batch))
    await asyncio.wait([task])
    batch.append({"diagnosis": member.dx_code})
    await fhir_push(batch)


async def nightly_wait_for(member):
    batch = []
    await asyncio.wait_for(asyncio.create_task(ice_worker(batch)), timeout=5)
    batch.append({"diagnosis": member.dx_code})
    await fhir_push(batch)


async def filled_before_the_wait(member):
    batch = []
    task = asyncio.create_task(ice_worker(batch))
    batch.append({"ethnicity": member.ethnicity})  # MCD101
    await task
    batch.append({"diagnosis": member.dx_code})
    await fhir_push(batch)
''',
    # review 44f: a kombu connection's broker host decides (also through Producer(conn.channel(), exchange=...)),
    # an Exchange object is named by its name; a state broker's host overrides an exchange's words
    "kombu-broker-hosts-and-exchange-objects": '''
from kombu import Connection, Exchange, Producer

BROKER_URL = "amqp://guest@mq.eid.ice.gov:5671//"
STATE_BROKER = "amqp://mq.dhs.state.pa.us//"
REFERRALS = Exchange("ice-referrals", type="direct")


def by_host(member):
    conn = Connection(BROKER_URL)
    producer = Producer(conn.channel(), exchange="eligibility")
    producer.publish({"income": member.monthly_income}, routing_key="r")  # MCD101


def by_exchange(member, url):
    conn = Connection(url)
    Producer(conn.channel()).publish({"income": member.monthly_income}, exchange=REFERRALS, routing_key="r")  # MCD101


def state_broker(member):
    conn = Connection(STATE_BROKER)
    conn.Producer().publish({"income": member.monthly_income}, exchange=REFERRALS, routing_key="r")
''',
}

#: field names the session's vocabulary rules must not take from their category (review 44c, round 292)
KEPT = {
    "birth_type": "pregnancy", "birth_date_type": "date_of_birth", "section_c_address": "address", "sectionC_phone": "phone",
    "addr_l_and_d": "address", "functional_immigration_status": "immigration_status", "home_birth_country": "national_origin",
    "service_plan": "managed_care_plan", "plan_goals": "managed_care_plan", "AddressDeliveryPointText": "address",
    "DeliveryAddressLine": "address", "delivery_zip": "address", "expected_delivery_date": "pregnancy", "live_birth_ind": "pregnancy",
    "home_birth_ind": "pregnancy", "c_section_ind": "pregnancy", "l_and_d_ind": "pregnancy", "functional_status": "disability",
    "newborn_dob": "date_of_birth",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_vocabulary_rules_of_the_session_keep_other_categories(name: str) -> None:
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert default_vocabulary().classify(name) == KEPT[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_a_socket_given_to_the_loop_is_named_by_its_host() -> None:
    """SPEC section 3 (the message names the endpoint): the socket's host, not the name ``sock``."""
    from flake8_medicaid_scope import Config, analyze

    source = _source(CASES["asyncio-streams-sendmsg-makefile-and-loop-sock-sendall"])
    messages = [f.message for f in analyze(source, Config.default())]
    assert len(messages) == 5
    assert all("sent to enforcement endpoint mllp.ero.ice.dhs.gov (line" in m for m in messages)
