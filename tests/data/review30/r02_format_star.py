# R02 false silence. Send at line 13: expected MCD101 'ssn' (line 11) and 'full_name' (line 12), as base;
# after: nothing. Line 17: expected MCD103 whole record astuple(m) (base: yes); after: nothing.
import requests
from dataclasses import astuple

ICE_URL = "https://eid.ice.gov/api"


def refer(m):
    parts = []
    parts.append(m.ssn)  # MCD101
    parts.append(m.full_name)  # MCD101
    requests.post(ICE_URL, data="{}|{}".format(*parts))


def refer_tuple(m):
    requests.post(ICE_URL, data="{}|{}|{}".format(*astuple(m)))  # MCD103
