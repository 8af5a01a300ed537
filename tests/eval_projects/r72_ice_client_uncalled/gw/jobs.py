"""Jobs that hand one chosen member to a client: they place nothing, so they are clean (SPEC section 3)."""

from .clients import IceClient, StateClient


def refer(member):
    return IceClient().send(member)


def renew(member):
    return StateClient().send(member)
