"""Pick the client class for a partner code."""
from .partners import CmsHubClient, IceEidClient, IllinoisDhsClient, McoClient

_CLIENTS = {
    "il-dhs": IllinoisDhsClient,
    "cms": CmsHubClient,
    "mco": McoClient,
    "ice": IceEidClient,
}


def client_for(partner):
    try:
        cls = _CLIENTS[partner]
    except KeyError:
        raise ValueError(f"unknown partner {partner!r}") from None
    return cls()
