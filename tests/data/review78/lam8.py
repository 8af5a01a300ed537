import functools
import requests

ICE_URL = "https://eid.ice.gov/referrals"


def partial_exec(members, pool):
    for m in members:
        pool.submit(  # MCD201
            functools.partial(requests.post, ICE_URL, json={"cin": m.cin})
        )


def partial_helper(members):
    for m in members:
        run_later(  # MCD201
            functools.partial(requests.post, ICE_URL, json={"cin": m.cin})
        )


def run_later(fn):
    fn()
