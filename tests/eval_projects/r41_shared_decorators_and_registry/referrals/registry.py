"""Which sender serves which partner."""
from .senders import EroSender, send_ice, send_state

SENDERS = {"ice": send_ice, "state": send_state}
CLASSES = {"ero": EroSender}
STATE_ONLY = {"state": send_state}
