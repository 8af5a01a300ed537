"""Legacy sender using http.client."""
import http.client
import json


def send(member):
    conn = http.client.HTTPSConnection("eid.ice.gov", timeout=20)
    body = json.dumps({"medicaid_id": member.cin, "claims": member.claims})  # MCD102
    conn.request("POST", "/api/v1/subjects", body=body, headers={"Content-Type": "application/json"})
    return conn.getresponse().status
