from .base import ApiClient
from .ice import EidReferralClient
from .state import MediCalSyncClient

__all__ = ["ApiClient", "EidReferralClient", "MediCalSyncClient"]
