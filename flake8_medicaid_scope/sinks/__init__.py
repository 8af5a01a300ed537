"""Sinks: calls that send data somewhere. One module per family of libraries.

``http`` covers requests, httpx, aiohttp, urllib.request, urllib3 and
http.client. Storage and messaging families (boto3, SFTP, SMTP, Kafka) are
added as modules beside it and registered in ``FUNCTIONS``/``CLIENTS``/``METHODS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class SinkSpec:
    """How a sink call is read: where its URL is and which arguments carry data."""

    url_pos: int | None = None
    url_kw: str = "url"
    data_kws: tuple[str, ...] = ()
    data_pos: tuple[tuple[int, str], ...] = ()
    all_args: bool = False  # configured sinks and the pragma: every argument is data


#: a configured sink or a call marked with the pragma
EVERY_ARGUMENT = SinkSpec(all_args=True)


@lru_cache(maxsize=1)
def registry() -> tuple[dict[str, SinkSpec], dict[str, object], dict[str, dict[str, SinkSpec]]]:
    """Every sink family merged: (functions, client constructors, client methods); built once, never mutated."""
    from . import http

    return dict(http.FUNCTIONS), dict(http.CLIENTS), {k: dict(v) for k, v in http.METHODS.items()}
