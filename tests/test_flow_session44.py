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
    # SPEC section 10 (helpers: the finding is at the call that hands on unfiltered bulk data): a file a
    # helper wrote from every record and returned the path of, uploaded by a shared helper, is reported at
    # the caller's call; the filtered file's upload stays clean
    "a-file-written-by-a-returned-helper-is-reported-at-the-call-that-hands-it-on": '''
import pandas as pd
import paramiko

MFT_HOST = "mft.ero.dhs.gov"


def filtered(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "imgrtn_stus_cd"])
    df[df["imgrtn_stus_cd"] == "NQ"].to_csv("/tmp/a.csv", index=False)
    return "/tmp/a.csv"


def everyone(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt"])
    df.to_csv("/tmp/b.csv", index=False)
    return "/tmp/b.csv"


def upload(local_path):
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=MFT_HOST)
    ssh.open_sftp().put(local_path, "/inbound/x.csv")


def main(src):
    upload(filtered(src))
    upload(everyone(src))  # MCD201
''',
}


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
