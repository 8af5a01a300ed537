"""NY Medicaid status-event bridge."""
from .publisher import EventPublisher

__all__ = ["EventPublisher"]
