"""The same calls in the other order: the same answer."""
from app.common import ICE_URL, post_ice, post_member


def first(m):
    post_ice(m)


def second(m):
    post_member(ICE_URL, m)
