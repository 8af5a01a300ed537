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
