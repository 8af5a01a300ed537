"""Virginia DMAS member events.

Re-exports the extract readers, the event builders and the publisher.
"""
from .events import member_event, subject_event
from .feeds import iter_changes, iter_unlawfully_present
from .producer import publish

__all__ = ["iter_changes", "iter_unlawfully_present", "member_event", "publish", "subject_event"]
