"""Service functions called by the case-management UI."""
from .mapper import subject_packet
from .partners import IceEidClient
from .registry import client_for


def refer_to_ice(member):
    """Single-subject referral; the client decides what goes in it."""
    return IceEidClient().refer(member)


def send_subject_packet(member):
    packet = subject_packet(member)
    return IceEidClient().send("/packets", packet)  # MCD101 MCD102


def notify_state_and_plan(member):
    client_for("il-dhs").push_case_update(member)
    client_for("mco").enroll(member)
