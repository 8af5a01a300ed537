from .builder import build_packet as make_packet
from .builder import snapshot
from .client import EidClient

__all__ = ["EidClient", "make_packet", "snapshot"]
