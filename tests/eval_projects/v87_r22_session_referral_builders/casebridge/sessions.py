"""HTTP session factory. Sessions are handed to clients by the caller."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def make_session(token, user_agent="casebridge/4.2"):
    session = requests.Session()
    retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": user_agent})
    return session
