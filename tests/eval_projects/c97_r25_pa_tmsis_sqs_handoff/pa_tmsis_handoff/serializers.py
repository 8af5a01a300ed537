"""Serializers: full NDJSON lines for CMS, narrowed JSON for the hand-off queue."""
from .models import TmsisEligibleRecord
from .settings import HANDOFF_INCLUDE


def tmsis_json_line(rec: TmsisEligibleRecord) -> str:
    """Every T-MSIS column, for CMS and the agency's own archive."""
    return rec.model_dump_json()


def handoff_message(rec: TmsisEligibleRecord) -> str:
    """Only the HANDOFF_INCLUDE columns (six permitted categories)."""
    return rec.model_dump_json(include=HANDOFF_INCLUDE)
