"""Pennsylvania referral gateway: sends only the six permitted categories to EID."""
from .clients.federal import IceClient

__all__ = ["IceClient"]
