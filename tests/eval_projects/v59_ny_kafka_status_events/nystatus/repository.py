"""Queries over the local enrollee replica."""
from .models import Enrollee


def pending_changes(since):
    """Every open enrollee record changed since ``since``."""
    return (
        Enrollee.objects.filter(updated_at__gte=since)
        .exclude(case_closed=True)
        .order_by("cin")
    )
