"""California DHCS Medi-Cal status liaison service.

Answers individual status-verification requests by e-mail, verifies
applicants with SAVE, and feeds the state's partner systems.  Re-exports
the letter builders and the outbound channels.
"""
from .letters import build_ice_status_response, render_discrepancy_csv, render_letter
from .partners import refer_child_support, send_mail, sync_ice_contacts, verify_with_save

__all__ = [
    "build_ice_status_response",
    "refer_child_support",
    "render_discrepancy_csv",
    "render_letter",
    "send_mail",
    "sync_ice_contacts",
    "verify_with_save",
]
