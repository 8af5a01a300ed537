"""PA DHS MMIS extract handoff: filtered ICE EID drop plus the agency archive."""
from .storage import ArchiveStore, HandoffStore, QueueNotifier

__all__ = ["ArchiveStore", "HandoffStore", "QueueNotifier"]
