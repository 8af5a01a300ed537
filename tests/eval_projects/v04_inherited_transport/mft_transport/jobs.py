"""Sync job: hands each member to the state transport and, when asked, to the federal one."""
from .federal import IceTransport as FederalTransport
from .state import StateTransport


def sync_member(member, refer):
    StateTransport().send_person(member)
    if refer:
        FederalTransport().send_person(member)
        FederalTransport().send_address_update(member)
