"""DRF view answers an ICE EID inquiry with a ModelSerializer whose Meta.fields lists two barred columns.

Scenario: the state eligibility portal exposes an authenticated endpoint that
the agency's liaison desk calls when ICE sends an information request for one
Medicaid ID. The view looks the member up, declines for citizens, serializes
the member with ``InquiryResponseSerializer`` and posts the answer back to the
ICE EID inquiry service. The serializer was copied from the caseworker
"member card" serializer and kept two of its columns.

Expected findings: (SPEC section 3, "Column lists are placements ... DRF
``Meta.fields``", each name at its own line; the serializer's ``.data`` is
nested in the body posted to ``eid.ice.gov``, SPEC sections 4 and 6):
- line 58: MCD101 'last_name' (name is outside the six categories);
- line 59: MCD101 'preferred_language' (language).
Destination: ``EID_INQUIRY_ANSWER_URL`` is a module constant whose host
``eid.ice.gov`` matches ``*.ice.gov`` (SPEC section 4).

Not findings: the other serializer fields are permitted (Medicaid ID, date of
birth, home address, city, ZIP, phone, immigration status); ``request_id``
is harmless and ``"answered"`` is a constant (SPEC section 5). The decline
response for citizens is a DRF ``Response`` to the caller, not a sink. One
member looked up by the ID the caller supplied, so no MCD201 (SPEC section
10, "Not bulk").
"""
from __future__ import annotations

import logging

import requests
from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from eligibility.models import Member

log = logging.getLogger("portal.liaison.inquiries")

EID_INQUIRY_ANSWER_URL = "https://eid.ice.gov/api/v2/inquiries/{request_id}/answers"
ANSWER_TIMEOUT = (5, 30)


class InquiryResponseSerializer(serializers.ModelSerializer):
    """Member snapshot returned to an inquiry (started from MemberCardSerializer)."""

    class Meta:
        model = Member
        fields = [
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "city",
            "zip_code",
            "phone_number",
            "immigration_status",
            "last_name",  # MCD101
            "preferred_language",  # MCD101
        ]
        read_only_fields = fields


def _client_cert():
    return (settings.LIAISON_CLIENT_CERT, settings.LIAISON_CLIENT_KEY)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def answer_inquiry(request, request_id: str):
    medicaid_id = request.data.get("medicaid_id", "").strip().upper()
    if not medicaid_id:
        return Response({"detail": "medicaid_id is required"}, status=status.HTTP_400_BAD_REQUEST)

    member = get_object_or_404(Member, medicaid_id=medicaid_id)
    if member.citizenship_status == "CITIZEN":
        log.info("inquiry %s declined: member is a citizen", request_id)
        return Response({"detail": "declined"}, status=status.HTTP_409_CONFLICT)

    body = {
        "request_id": request_id,
        "status": "answered",
        "subject": InquiryResponseSerializer(member).data,
    }
    resp = requests.post(
        EID_INQUIRY_ANSWER_URL.format(request_id=request_id),
        json=body,
        cert=_client_cert(),
        timeout=ANSWER_TIMEOUT,
    )
    if resp.status_code >= 400:
        log.error("EID rejected answer for %s: %s", request_id, resp.text[:300])
        return Response({"detail": "upstream error"}, status=status.HTTP_502_BAD_GATEWAY)

    log.info("inquiry %s answered", request_id)
    return Response({"detail": "sent"}, status=status.HTTP_202_ACCEPTED)
