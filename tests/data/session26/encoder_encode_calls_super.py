# Expected: MCD101 'ssn' at line 16 (send) and MCD102 'diagnosis' at line 24 (send2): the encoder's own encode()
# delegates to super().encode(o), which is JSONEncoder.encode and calls default() for the member object.
# Got (head4): nothing for either; head3: both reported (at the default() placements, lines 16/24, naming
# the sends at lines 32/36); base: nothing. recent.diff calls.py: `find_method(encoder, method) is None` now skips the
# default-hook run whenever the class defines encode(), and the override's super().encode(o) does not reach default.
# SPEC section 6 (json.dumps / calls of the module's own methods; classes), section 3 (MCD101/MCD102).
import json

import requests

ICE = "https://eid.ice.gov/api/referrals"


class Enc(json.JSONEncoder):
    def default(self, o):
        return {"ssn": o.ssn}

    def encode(self, o):
        return super().encode(o)


class Enc2(json.JSONEncoder):
    def default(self, o):
        return {"diagnosis": o.diagnosis}

    def encode(self, o):
        text = super().encode(o)
        return text.replace("\n", "")


def send(m):
    requests.post(ICE, data=Enc().encode(m))


def send2(m):
    requests.post(ICE, data=Enc2().encode(m))
