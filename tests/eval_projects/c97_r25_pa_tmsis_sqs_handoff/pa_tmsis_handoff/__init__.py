"""PA DHS T-MSIS submission to CMS and the federal immigration-status hand-off.

Re-exports the serializers and the transport helpers the jobs use.
"""
from .serializers import handoff_message, tmsis_json_line
from .transport import QueuePublisher, put_export, submit_to_cms

__all__ = [
    "QueuePublisher",
    "handoff_message",
    "put_export",
    "submit_to_cms",
    "tmsis_json_line",
]
