import requests

ICE_URL = "https://eid.ice.gov/referrals"


def with_retry(fn, tries=3):
    for _ in range(tries):
        try:
            return fn()
        except Exception:
            pass


def bulk(members):
    for m in members:
        with_retry(  # MCD201
            lambda: requests.post(
                ICE_URL, json={"cin": m.cin}
            )
        )


def bulk2(members):
    for m in members:
        if m.immigration_status != "unlawful":
            continue
        with_retry(lambda: requests.post(ICE_URL, json={"cin": m.cin}))


def bulk3(members):
    batch = [{"cin": m.cin} for m in members]
    with_retry(lambda: requests.post(ICE_URL, json=batch))  # MCD201
