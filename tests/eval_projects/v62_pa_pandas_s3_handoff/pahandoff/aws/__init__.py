from .storage import HandoffStore
from .notify import HandoffNotifier

__all__ = ["HandoffStore", "HandoffNotifier"]
