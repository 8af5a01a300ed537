"""Composition root: builds packets and hands them to the injected clients."""
from . import builders, policy, settings
from .client import ReferralClient
from .sessions import make_session


def refer_member(member, token):
    ero = ReferralClient(make_session(token), settings.ERO_SUBJECTS_URL)
    packet = builders.base_packet(member)
    builders.add_contact(packet, member)
    builders.add_household(packet, member)
    packet["preferred_language"] = member.preferred_language  # MCD101
    return ero.submit(packet)  # MCD101 MCD101 MCD101


def refer_member_minimal(member, token):
    ero = ReferralClient(make_session(token), settings.ERO_SUBJECTS_URL)
    packet = policy.restrict(builders.full_profile(member))
    return ero.submit(packet)


def escalate_case(member, token):
    ero = ReferralClient(make_session(token), settings.ERO_SUBJECTS_URL)
    record = builders.as_record(member)
    return ero.submit(record)  # MCD103


def refer_with_profile(member, token):
    session = make_session(token)
    profile = builders.full_profile(member)
    url = settings.ERO_SUBJECTS_URL
    session.post(url, json=profile, timeout=settings.API_TIMEOUT)  # MCD101 MCD101 MCD101 MCD102


def sync_state_portal(member, token):
    portal = ReferralClient(make_session(token), settings.STATE_PORTAL_URL)
    return portal.submit(builders.full_profile(member))
