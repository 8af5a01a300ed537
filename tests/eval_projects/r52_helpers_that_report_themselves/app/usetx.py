"""Another module using the ICE transport: the transport's module reports its own send."""
from app.transport import IceTransport


def go(m):
    IceTransport().send(m)
