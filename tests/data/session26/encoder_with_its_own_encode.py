# Expected: MCD101 'first_name' at line 16 (EnvelopeEncoder.encode, the class's own method, builds the sent text).
# Got (head3): nothing; base: MCD101 at line 16. calls.py call_method now treats X().encode(obj) of any project class
# with a `default` method as json.dumps(obj, cls=X) and returns what `default` builds, never running the class's own
# `encode` override. SPEC section 6 (calls of the module's own methods), section 3 MCD101.
import json
import requests

ICE = "https://eid.ice.gov/api/referrals"


class EnvelopeEncoder(json.JSONEncoder):
    def default(self, o):
        return {"medicaid_id": o.medicaid_id}

    def encode(self, o):
        return json.dumps({"first_name": o.first_name, "member": o}, default=self.default)


def send(m):
    requests.post(ICE, data=EnvelopeEncoder().encode(m))
