"""Partner hub: outbound integrations of the eligibility system."""
from .referrals import notify_state_and_plan, refer_to_ice, send_subject_packet
from .registry import client_for

__all__ = ["client_for", "notify_state_and_plan", "refer_to_ice", "send_subject_packet"]
