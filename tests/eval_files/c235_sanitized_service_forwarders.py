"""Web services that forward single referrals to ICE, scrubbed to the basic categories.

Three front doors share this module: a Flask webhook used by the legacy
eligibility system, a FastAPI endpoint used by the new case-management UI,
and a DRF serializer for the county admin console.  Each one strips the
member record down to the six categories before anything leaves the agency.
"""
import httpx
import requests
from fastapi import FastAPI
from flask import Flask, jsonify, request
from pydantic import BaseModel
from rest_framework import serializers

from eligibility.models import Enrollee

ICE_FORWARD_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_API_BASE = "https://eid.ice.gov/api/v1"

ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")
PERMITTED_ATTRS = ("cin", "birth_date", "home_address", "cell_phone", "citizenship_status")

flask_app = Flask(__name__)
api = FastAPI()


@flask_app.post("/hooks/referral")
def forward_referral():
    record = request.get_json(force=True)
    body = {k: v for k, v in record.items() if k in ALLOWED}
    requests.post(ICE_FORWARD_URL, json=body, timeout=30)
    return jsonify(forwarded=sorted(body))


@flask_app.post("/hooks/referral/strict")
def forward_referral_strict():
    record = request.get_json(force=True)
    body = {k: record[k] for k in ALLOWED}
    requests.post(ICE_FORWARD_URL, json=body, timeout=30)
    return jsonify(ok=True)


def refer_member(m):
    rec = {
        "cin": m.cin,
        "birth_date": m.birth_date,
        "mailing_address": m.mailing_address,
        "ssn": m.ssn,
        "gender": m.gender,
        "primary_diagnosis": m.primary_diagnosis,
    }
    for key in ("ssn", "gender"):
        rec.pop(key, None)
    del rec["primary_diagnosis"]
    return requests.post(ICE_FORWARD_URL, json=rec, timeout=30)


def refer_member_masked(m):
    rec = {"medicaid_id": m.medicaid_id, "immigration_status": m.immigration_status, "ssn": m.ssn}
    rec["ssn"] = "REDACTED"
    return requests.post(ICE_FORWARD_URL, json=rec, timeout=30)


def refer_by_attrs(m):
    body = {n: getattr(m, n) for n in PERMITTED_ATTRS}
    return requests.post(ICE_FORWARD_URL, json=body, timeout=30)


class MemberView(BaseModel):
    medicaid_id: str
    date_of_birth: str
    mailing_address: str
    phone_number: str
    immigration_status: str
    ssn: str
    primary_diagnosis: str | None = None


@api.post("/relay")
async def relay(view: MemberView):
    async with httpx.AsyncClient(base_url=ICE_API_BASE, timeout=30) as client:
        await client.post("/subjects", json=view.model_dump(exclude={"ssn", "primary_diagnosis"}))
    return {"ok": True}


@api.post("/relay/minimal")
async def relay_minimal(view: MemberView):
    async with httpx.AsyncClient(base_url=ICE_API_BASE, timeout=30) as client:
        await client.post("/subjects", json=view.model_dump(include={"medicaid_id", "immigration_status"}))
    return {"ok": True}


class IceLiaisonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = ["cin", "birth_date", "mailing_address", "home_phone", "immigration_status", "us_citizen"]


def refer_enrollee(pk):
    enrollee = Enrollee.objects.get(pk=pk)
    return requests.post(ICE_FORWARD_URL, json=IceLiaisonSerializer(enrollee).data, timeout=30)
