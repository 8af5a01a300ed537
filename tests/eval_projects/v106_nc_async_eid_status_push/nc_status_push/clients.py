"""Async HTTP clients."""
import httpx

from . import settings


class EidAsyncClient:
    """EID status-subject intake."""

    def __init__(self) -> None:
        self._client = httpx.AsyncClient(timeout=settings.HTTP_TIMEOUT)

    async def submit_subject(self, subject: dict) -> None:
        resp = await self._client.post(f"{settings.EID_API_BASE}/status-subjects", json=subject)
        resp.raise_for_status()

    async def aclose(self) -> None:
        await self._client.aclose()


async def post_json(url: str, body) -> dict:
    """One JSON POST; the caller picks the URL."""
    async with httpx.AsyncClient(timeout=settings.HTTP_TIMEOUT) as client:
        resp = await client.post(url, json=body)
        resp.raise_for_status()
        return resp.json()
