"""Which sender serves which partner."""
from .senders import EroSender, send_ice, send_state

SENDERS = {"ice": send_ice, "state": send_state}
CLASSES = {"ero": EroSender}
STATE_ONLY = {"state": send_state}


def sender_for(partner):
    """The sender of a partner named at run time."""
    return SENDERS[partner]


def state_sender_for(partner):
    return STATE_ONLY[partner]

STEPS = [send_state, send_ice]
