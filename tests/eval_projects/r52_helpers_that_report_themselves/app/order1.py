"""The helper called with ICE's URL, then the wrapper: the helper's module reports its own send."""
from app.common import ICE_URL, post_ice, post_member


def first(m):
    post_member(ICE_URL, m)


def second(m):
    post_ice(m)
