"""Intake job: urgent members are referred at once, the rest are staged for the end of day."""
from . import outbox
from .referrals import refer


def run_intake(member, urgent):
    if urgent:
        return refer(member)
    outbox.stage(member)
    return None


def end_of_day():
    return outbox.flush()
