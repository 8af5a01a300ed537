"""Legacy sender to CMS (the federal Medicaid agency). The ICE feed is a different module."""
import http.client
import json


def send_claims(claims):
    conn = http.client.HTTPSConnection("api.cms.gov")
    conn.request("POST", "/tmsis/claims", body=json.dumps([{"ICN_ORIG": c.icn, "DGNS_1_CD": c.dx} for c in claims]))
    return conn.getresponse().status
