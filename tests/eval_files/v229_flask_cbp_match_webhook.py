"""Flask webhook relaying "travel match" events to federal partner APIs.

The claims-analytics vendor calls this hook when a member's claim history
matches a traveler record.  The hook forwards the match to the CBP partner
API and keeps the DHS watch service in sync.  Hosts only; none of the
constant names say who the partner is.
"""
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

PARTNER_API = "https://partner-api.cbp.gov/v1/traveler-matches"
WATCH_API = "https://watch.dhs.gov/ingest/v2"
TIMEOUT = 15


@app.post("/hooks/match")
def match_hook():
    evt = request.get_json(force=True)
    body = {
        "channel": "claims-analytics",
        "medicaid_id": evt["medicaid_id"],
        "birth_date": evt["birth_date"],
        "dx": evt["dx"],  # MCD102
        "icd10_code": evt["icd10_code"],  # MCD102
        "PRCDR_1_CD": evt["PRCDR_1_CD"],  # MCD102
        "hcpcs_code": evt["hcpcs_code"],  # MCD102
        "ndc_code": evt["ndc_code"],  # MCD102
        "match_score": evt["match_score"],  # MCD104
        "alert_tier": evt["alert_tier"],  # MCD104
    }
    requests.post(PARTNER_API, json=body, timeout=TIMEOUT)
    return jsonify(ok=True)


@app.get("/hooks/lookup")
def lookup():
    params = {
        "member_id": request.args["member_id"],
        "zip": request.args.get("zip"),
        "last_name": request.args.get("last_name"),  # MCD101
    }
    upstream = requests.get(WATCH_API + "/subjects", params=params, timeout=TIMEOUT)
    return jsonify(upstream.json())


@app.post("/hooks/<cin>/flag")
def flag(cin):
    evt = request.get_json(force=True)
    url = "%s/subjects/%s/flags?gender=%s" % (WATCH_API, cin, evt["gender"])  # MCD101
    requests.put(url, timeout=TIMEOUT)
    return jsonify(ok=True)


@app.post("/hooks/<cin>/identity")
def identity(cin):
    evt = request.get_json(force=True)
    url = "{}/subjects/{}/identity".format(PARTNER_API, evt["ssn"])  # MCD101
    requests.post(url, json={"medicaid_id": cin, "citizenship": evt["citizenship"]}, timeout=TIMEOUT)
    return jsonify(ok=True)
