"""Nightly jobs: each chooses the partner and hands the member to a shared helper."""
import urllib.request

from app.common_http import build_request, post_audited, post_member, post_permitted
from app.ice_direct import send_direct
from app.settings import ICE_REFERRAL_URL, STATE_MMIS_URL


def refer(m):
    post_member(ICE_REFERRAL_URL, m)  # MCD101


def refer_with_urllib(m):
    urllib.request.urlopen(build_request(ICE_REFERRAL_URL, m))  # MCD101


def sync_to_state(m):
    post_member(STATE_MMIS_URL, m)
    urllib.request.urlopen(build_request(STATE_MMIS_URL, m))


def refer_permitted(m):
    post_permitted(ICE_REFERRAL_URL, m)


def refer_direct(m):
    send_direct(m)


def refer_audited(m):
    post_audited(ICE_REFERRAL_URL, m)  # MCD101


def sync_audited(m):
    post_audited(STATE_MMIS_URL, m)
