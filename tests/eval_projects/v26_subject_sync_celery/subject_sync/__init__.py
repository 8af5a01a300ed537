"""Django app: pushes EID subjects from the eligibility system to ICE."""
from .payloads import subject_payload
from .policy import in_pilot_county, is_unlawfully_present

__all__ = ["in_pilot_county", "is_unlawfully_present", "subject_payload"]
