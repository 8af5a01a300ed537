import requests
ICE_URL = "https://eid.ice.gov/api"


def post_vars(obj):
    requests.post(ICE_URL, json=vars(obj))  # MCD103


handler = lambda r: post_vars(r)
