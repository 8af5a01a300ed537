from .base import JsonApiClient
from .federal import EidClient
from .state import MediCalClient

__all__ = ["JsonApiClient", "EidClient", "MediCalClient"]
