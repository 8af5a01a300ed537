import httpx

from .conf import GATEWAY_BASE


class GatewayClient:
    def __init__(self):
        self._client = httpx.AsyncClient(base_url=GATEWAY_BASE, timeout=20.0)

    async def send(self, path, resource):
        resp = await self._client.post(path, json=resource)
        resp.raise_for_status()
        return resp.json()

    async def aclose(self):
        await self._client.aclose()
