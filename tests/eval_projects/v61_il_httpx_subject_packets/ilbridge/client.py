"""HTTP clients. Each sends the body it is given, nothing else."""
import httpx

from ilbridge import settings


class EroIntakeClient:
    def __init__(self):
        self._http = httpx.Client(
            base_url=settings.ERO_INTAKE_BASE,
            cert=(settings.CLIENT_CERT, settings.CLIENT_KEY),
            timeout=settings.HTTP_TIMEOUT,
        )

    def refer(self, body):
        response = self._http.post("/subjects", json=body)
        response.raise_for_status()
        return response.json()["receipt_id"]

    def lookup(self, path):
        response = self._http.get(path)
        response.raise_for_status()
        return response.json()


class IdhsEligibilityClient:
    def __init__(self):
        self._http = httpx.Client(
            base_url=settings.IDHS_ELIGIBILITY_URL,
            cert=(settings.CLIENT_CERT, settings.CLIENT_KEY),
            timeout=settings.HTTP_TIMEOUT,
        )

    def renew(self, body):
        self._http.post("/redeterminations", json=body).raise_for_status()
