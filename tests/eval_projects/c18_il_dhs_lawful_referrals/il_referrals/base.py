"""Common HTTP plumbing for the partner clients."""
import httpx


class JsonApiClient:
    def __init__(self, timeout=20.0):
        self._http = httpx.Client(timeout=timeout, follow_redirects=False)

    def post_json(self, url, body):
        response = self._http.post(url, json=body)
        response.raise_for_status()
        return response.json()

    def close(self):
        self._http.close()
