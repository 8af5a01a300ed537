"""Writers to state systems."""
from .contacts import sync_ice_contacts
from .mmis import record_ice_hold

__all__ = ["record_ice_hold", "sync_ice_contacts"]
