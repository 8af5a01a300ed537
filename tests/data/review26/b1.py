import requests
ICE_URL = "https://eid.ice.gov/api"


def post_vars(obj, n):
    if n:
        post_vars(obj, n - 1)
    requests.post(ICE_URL, json=vars(obj))  # MCD103
