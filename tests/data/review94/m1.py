from dataclasses import KW_ONLY, dataclass, field

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class A:
    cin: str
    note: str = field(kw_only=True, default="")
    ssn: str = ""


@dataclass
class B:
    cin: str
    _: KW_ONLY
    note: str = ""
    ssn: str = ""


@dataclass
class C:
    cin: str
    note: str = field(init=False, default="")
    dob: str = ""


@dataclass
class D:
    cin: str
    note: str = field(default="", init=False)
    ssn: str = ""


def send_a(e):
    match e:
        case A(ident, x):
            requests.post(ICE_URL, json={"id": ident, "x": x})  # MCD101


def send_c(e):
    match e:
        case C(ident, x):
            requests.post(ICE_URL, json={"id": ident, "x": x})


def send_d(e):
    match e:
        case D(ident, x):
            requests.post(ICE_URL, json={"id": ident, "x": x})  # MCD101
