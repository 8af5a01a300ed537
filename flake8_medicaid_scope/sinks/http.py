"""HTTP sinks: which calls send data, where their URL is, and which arguments carry data.

Recognized by qualified name (``requests.post``, ``httpx.AsyncClient``), resolved
through imports and aliases by the module index, never by call text.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import SinkSpec

_VERBS = ("get", "post", "put", "patch", "delete", "head", "options")

# requests.post(url, data=None, json=None, **kwargs); requests.get(url, params=None, **kwargs)
_REQUESTS_DATA = ("params", "data", "json", "files", "headers")
_HTTPX_DATA = ("params", "data", "json", "files", "content", "headers")
_AIOHTTP_DATA = ("params", "data", "json", "headers")
_URLLIB3_DATA = ("fields", "body", "json", "headers")


_REQUESTS_POSITIONAL = {"post": ((1, "data"), (2, "json")), "put": ((1, "data"),), "patch": ((1, "data"),), "get": ((1, "params"),)}


def _verb_specs(prefix: str, data: tuple[str, ...], positional: dict[str, tuple[tuple[int, str], ...]]) -> dict[str, SinkSpec]:
    specs = {f"{prefix}.{verb}": SinkSpec(url_pos=0, data_kws=data, data_pos=positional.get(verb, ())) for verb in _VERBS}
    specs[f"{prefix}.request"] = SinkSpec(url_pos=1, data_kws=data)
    return specs


#: module-level functions, by qualified name
FUNCTIONS: dict[str, SinkSpec] = {
    **_verb_specs("requests", _REQUESTS_DATA, _REQUESTS_POSITIONAL),
    **_verb_specs("requests.api", _REQUESTS_DATA, _REQUESTS_POSITIONAL),
    **_verb_specs("httpx", _HTTPX_DATA, {}),
    "httpx.stream": SinkSpec(url_pos=1, data_kws=_HTTPX_DATA),
    "urllib.request.urlopen": SinkSpec(url_pos=0, data_kws=("data",), data_pos=((1, "data"),)),
    "urllib.request.Request": SinkSpec(url_pos=0, data_kws=("data", "headers"), data_pos=((1, "data"), (2, "headers"))),
    "urllib3.request": SinkSpec(url_pos=1, data_kws=_URLLIB3_DATA),
}


@dataclass(frozen=True)
class ClientSpec:
    """A constructor of an HTTP client object and where its base URL or host comes from."""

    kind: str
    base_kw: str | None = None
    base_pos: int | None = None


#: constructors of client objects, by qualified name
CLIENTS: dict[str, ClientSpec] = {
    "requests.Session": ClientSpec("requests"),
    "requests.session": ClientSpec("requests"),
    "requests.sessions.Session": ClientSpec("requests"),
    "httpx.Client": ClientSpec("httpx", base_kw="base_url"),
    "httpx.AsyncClient": ClientSpec("httpx", base_kw="base_url"),
    "aiohttp.ClientSession": ClientSpec("aiohttp", base_kw="base_url", base_pos=0),
    "urllib3.PoolManager": ClientSpec("urllib3"),
    "urllib3.HTTPConnectionPool": ClientSpec("urllib3", base_kw="host", base_pos=0),
    "urllib3.HTTPSConnectionPool": ClientSpec("urllib3", base_kw="host", base_pos=0),
    "http.client.HTTPConnection": ClientSpec("http.client", base_kw="host", base_pos=0),
    "http.client.HTTPSConnection": ClientSpec("http.client", base_kw="host", base_pos=0),
}

#: methods of client objects, by client kind
METHODS: dict[str, dict[str, SinkSpec]] = {
    "requests": {verb: SinkSpec(url_pos=0, data_kws=_REQUESTS_DATA) for verb in _VERBS}
    | {"request": SinkSpec(url_pos=1, data_kws=_REQUESTS_DATA)},
    "httpx": {verb: SinkSpec(url_pos=0, data_kws=_HTTPX_DATA) for verb in _VERBS}
    | {name: SinkSpec(url_pos=1, data_kws=_HTTPX_DATA) for name in ("request", "stream", "build_request")},
    "aiohttp": {verb: SinkSpec(url_pos=0, data_kws=_AIOHTTP_DATA) for verb in _VERBS}
    | {"request": SinkSpec(url_pos=1, data_kws=_AIOHTTP_DATA)},
    "urllib3": {
        "request": SinkSpec(url_pos=1, data_kws=_URLLIB3_DATA),
        "urlopen": SinkSpec(url_pos=1, data_kws=("body", "headers")),
        "request_encode_body": SinkSpec(url_pos=1, data_kws=_URLLIB3_DATA),
    },
    "http.client": {"request": SinkSpec(url_pos=1, data_kws=("body", "headers"), data_pos=((2, "body"), (3, "headers")))},
}
