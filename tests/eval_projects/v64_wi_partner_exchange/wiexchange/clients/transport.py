"""One pooled requests session; posts or gets exactly what the caller passes."""
import requests

_session = requests.Session()
_session.headers.update({"User-Agent": "wi-partner-exchange/5.0"})


def post_json(url, body, timeout=30):
    response = _session.post(url, json=body, timeout=timeout)
    response.raise_for_status()
    return response.json()


def get_json(url, params=None, timeout=30):
    response = _session.get(url, params=params, timeout=timeout)
    response.raise_for_status()
    return response.json()
