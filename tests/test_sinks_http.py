"""Every HTTP sink in the table is recognized, with its URL and data arguments where the table says."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import analyze
from flake8_medicaid_scope.library import shipped

_HTTP = ("requests", "httpx", "aiohttp", "urllib", "urllib3", "http.client")
FUNCTIONS = {q: s for q, s in shipped().sink_functions.items() if q.startswith(_HTTP)}
CLIENTS = {q: c for q, c in shipped().client_constructors.items() if q.startswith(_HTTP)}
METHODS = {k: v for k, v in shipped().client_sinks.items() if k in {c.kind for c in CLIENTS.values()}}


def _call(spec_url_pos: int | None, callee: str, data_kw: str) -> str:
    url = '"https://eid.ice.gov/api"'
    args = ['"POST"', url] if spec_url_pos == 1 else [url]
    return f'{callee}({", ".join(args)}, {data_kw}={{"ssn": m.ssn}})'


@pytest.mark.parametrize("qualname", sorted(FUNCTIONS))
def test_module_function_sinks(qualname: str) -> None:
    spec = FUNCTIONS[qualname]
    module, _, name = qualname.rpartition(".")
    source = f"from {module} import {name} as sink\n\ndef f(m):\n    " + _call(spec.url_pos, "sink", spec.data_kws[0]) + "\n"
    assert [(f.line, f.code) for f in analyze(source)] == [(4, "MCD101")]


@pytest.mark.parametrize(("kind", "method"), sorted((k, m) for k, methods in METHODS.items() for m in methods))
def test_client_method_sinks(kind: str, method: str) -> None:
    constructor = next(q for q, c in CLIENTS.items() if c.kind == kind)
    module, _, name = constructor.rpartition(".")
    spec = METHODS[kind][method]
    base = '"eid.ice.gov"' if CLIENTS[constructor].base_pos == 0 and CLIENTS[constructor].base_kw == "host" else ""
    source = (
        f"import {module}\n\ndef f(m):\n    client = {module}.{name}({base})\n    "
        + _call(spec.url_pos, "client." + method, spec.data_kws[0]).replace('"https://eid.ice.gov/api"', '"https://eid.ice.gov/api"' if not base else '"/api"')
        + "\n"
    )
    assert [(f.line, f.code) for f in analyze(source)] == [(5, "MCD101")], source


def test_cookies_carry_data_and_their_unknown_names_are_transfer_metadata() -> None:
    source = (
        'import requests\n\ndef f(m, jar):\n'
        '    requests.post("https://eid.ice.gov/api", json={"medicaid_id": m.cin}, cookies={"subject": m.ssn})\n'
        '    requests.post("https://eid.ice.gov/api", json={"medicaid_id": m.cin}, cookies={"sessionid": jar.sessionid})\n'
    )
    assert [(f.line, f.code) for f in analyze(source)] == [(4, "MCD101")]


@pytest.mark.parametrize("keyword", ["timeout", "verify", "auth", "allow_redirects"])
def test_non_data_arguments_are_not_sent_data(keyword: str) -> None:
    source = f'import requests\n\ndef f(m):\n    requests.post("https://eid.ice.gov/api", {keyword}=m.ssn)\n'
    assert analyze(source) == []
