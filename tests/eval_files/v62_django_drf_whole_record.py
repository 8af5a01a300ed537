"""DRF views forwarding an enrollee to an ICE referral endpoint as a whole record.

Scenario: a vendor's Django REST Framework app. The serializer and the model
are imported from other modules, so their fields are unknown. A DRF
serializer's `.data` and `model_to_dict(enrollee)` without `fields=` are
whole, unbounded records: MCD103 at the expression that supplies them (SPEC
sections 3 and 6), which for `snapshot` is the assignment, not the send.
The URL comes from the settings key ICE_REFERRAL_URL (a name signal).
`model_to_dict(enrollee, fields=[...])` naming permitted fields only is
bounded and clean.
"""
import uuid

import requests
from django.conf import settings
from django.forms.models import model_to_dict
from django.shortcuts import get_object_or_404
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Enrollee
from .serializers import EnrolleeDetailSerializer


@api_view(["POST"])
def refer_enrollee(request, pk):
    enrollee = get_object_or_404(Enrollee, pk=pk)
    serializer = EnrolleeDetailSerializer(enrollee)
    resp = requests.post(settings.ICE_REFERRAL_URL, json=serializer.data, timeout=30)  # MCD103
    return Response({"forwarded": resp.ok})


@api_view(["POST"])
def refer_case_snapshot(request, pk):
    enrollee = get_object_or_404(Enrollee, pk=pk)
    snapshot = model_to_dict(enrollee)  # MCD103
    body = {"request_id": str(uuid.uuid4()), "snapshot": snapshot}
    requests.post(settings.ICE_REFERRAL_URL, json=body, timeout=30)
    return Response(status=202)


@api_view(["POST"])
def refer_basic(request, pk):
    enrollee = get_object_or_404(Enrollee, pk=pk)
    basic = model_to_dict(enrollee, fields=["medicaid_id", "date_of_birth", "home_address", "immigration_status"])
    requests.post(settings.ICE_REFERRAL_URL, json=basic, timeout=30)
    return Response(status=202)
