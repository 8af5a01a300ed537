"""Django service layer of a county eligibility app that files cases with
the ICE case API named in settings (ICE_CASE_API_URL), through a
functools.partial around requests.post.

VIOLATING. settings.ICE_CASE_API_URL is unresolved; its name carries the
token "ice" (SPEC 4). Single records chosen by the caller: not bulk.
- dict(obj.__dict__) in the helper _snapshot, MCD103: a whole record, one
  finding at the expression inside the same-module helper although two
  functions send through it (SPEC 3).
- model_to_dict(record) of a Household without fields=, MCD103 (SPEC 3, SPEC 6).
- "case_number" in SubjectReferralSerializer.Meta.fields, MCD101: DRF
  Meta.fields is a column list (SPEC 3); case_number is household
  (reference TSV).
refer_minimal uses model_to_dict(..., fields=[...]) with permitted names
only: clean.
"""
import functools
import json
import logging

import requests
from django.conf import settings
from django.forms.models import model_to_dict
from rest_framework import serializers

from eligibility.models import Application, Enrollee, Household

log = logging.getLogger("eligibility.federal")

JSON_HEADERS = {"Content-Type": "application/json"}

_post = functools.partial(requests.post, headers=JSON_HEADERS, timeout=20)


class SubjectReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Enrollee
        fields = [
            "cin",
            "birth_dt",
            "phone_number",
            "case_number",  # MCD101
        ]


def _snapshot(obj):
    data = dict(obj.__dict__)  # MCD103
    data.pop("_state", None)
    return data


def refer_enrollee(enrollee_id):
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    resp = _post(f"{settings.ICE_CASE_API_URL}/enrollees", data=json.dumps(_snapshot(enrollee), default=str))
    resp.raise_for_status()


def refer_application(application_id):
    application = Application.objects.get(pk=application_id)
    resp = _post(f"{settings.ICE_CASE_API_URL}/applications", data=json.dumps(_snapshot(application), default=str))
    resp.raise_for_status()


def refer_household(household_id):
    record = Household.objects.get(pk=household_id)
    body = model_to_dict(record)  # MCD103
    resp = _post(f"{settings.ICE_CASE_API_URL}/households", data=json.dumps(body, default=str))
    resp.raise_for_status()


def refer_subject(enrollee_id):
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    resp = _post(f"{settings.ICE_CASE_API_URL}/subjects", json=SubjectReferralSerializer(enrollee).data)
    resp.raise_for_status()


def refer_minimal(enrollee_id):
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    body = model_to_dict(enrollee, fields=["cin", "birth_dt", "home_address", "phone_number"])
    resp = _post(f"{settings.ICE_CASE_API_URL}/subjects", json=body)
    if resp.status_code == 409:
        log.info("subject %s already on file", enrollee.cin)
        return
    resp.raise_for_status()
