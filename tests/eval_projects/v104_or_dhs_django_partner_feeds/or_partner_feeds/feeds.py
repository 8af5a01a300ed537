"""Partner feeds (main module, called from management commands and Celery beat).

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- answer_status_request posts to EID_STATUS_URL (eid.ice.gov: enforcement
  host, section 4) the data of StatusResponseSerializer, whose Meta.fields
  is STATUS_RESPONSE_FIELDS, a constant tuple of permitted Member fields
  imported from policy.py (section 3, DRF Meta.fields is a column list;
  section 6, a serializer's .data carries its declared fields when they
  are known).  request_id is a harmless name.  One member looked up by id:
  not bulk (section 10).
- weekly_status_feed sends many members (a queryset: bulk source) to the
  EID, but the queryset passes through policy.unlawfully_present, which
  applies .filter(immigration_status__in=...) (and whose name begins with
  "unlawful"): a condition on immigration status between the source and
  the send (section 10).  The .values(...) column list is
  STATUS_RESPONSE_FIELDS, permitted names only.
- push_case_updates posts the "__all__" serializer (SSN, income,
  diagnosis) through ``dhs_session`` to DHS_CASE_API_URL: the names carry
  ``dhs``, but the URL resolves to api.dhs.oregon.gov, a state .gov host on
  the non-enforcement list, which overrides every name signal (section 4).
- sync_ice_contacts sends the ice_contact_* fields: ``ice`` next to
  ``contact``/``contacts`` in a function or field name means "in case of
  emergency" (section 4), and the host carecoord.oha.oregon.gov is a state
  host anyway.
- refer_child_support posts SSN and income to
  CHILD_SUPPORT_ENFORCEMENT_URL on a contractor host that is on neither
  host list; ``enforcement`` qualified by child support is not an
  immigration signal (section 4), and no other signal names enforcement.
"""
import requests

from . import settings
from .models import Member
from .policy import STATUS_RESPONSE_FIELDS, unlawfully_present
from .serializers import CaseworkerMemberSerializer, StatusResponseSerializer

dhs_session = requests.Session()
dhs_session.headers.update({"Accept": "application/json"})


def answer_status_request(request_id: str, medicaid_id: str) -> int:
    """Answer one ICE status request about one member."""
    member = Member.objects.get(medicaid_id=medicaid_id)
    body = {"request_id": request_id, **StatusResponseSerializer(member).data}
    resp = requests.post(settings.EID_STATUS_URL, json=body, timeout=settings.HTTP_TIMEOUT)
    resp.raise_for_status()
    return resp.status_code


def weekly_status_feed(county_code: str) -> int:
    """ICE's standing weekly request for one county, limited to unlawful presence."""
    in_scope = unlawfully_present(Member.objects.filter(county_code=county_code))
    batch = [dict(row) for row in in_scope.values(*STATUS_RESPONSE_FIELDS)]
    resp = requests.post(
        settings.EID_STATUS_URL + "/batch",
        json=batch,
        timeout=settings.HTTP_TIMEOUT,
    )
    resp.raise_for_status()
    return len(batch)


def push_case_updates(since) -> int:
    """Members changed since ``since``, to the ODHS case management API."""
    changed = Member.objects.filter(updated_at__gte=since)
    data = CaseworkerMemberSerializer(changed, many=True).data
    resp = dhs_session.post(
        f"{settings.DHS_CASE_API_URL}/members/bulk",
        json=data,
        timeout=settings.HTTP_TIMEOUT,
    )
    resp.raise_for_status()
    return len(data)


def sync_ice_contacts(member) -> None:
    """In-case-of-emergency contacts, to OHA care coordination."""
    requests.put(
        f"{settings.CARE_COORDINATION_URL}/members/{member.medicaid_id}/contacts",
        json={
            "ice_contact_name": member.ice_contact_name,
            "ice_contact_phone": member.ice_contact_phone,
        },
        timeout=settings.HTTP_TIMEOUT,
    )


def refer_child_support(member) -> None:
    """Referral to the Division of Child Support."""
    requests.post(
        settings.CHILD_SUPPORT_ENFORCEMENT_URL,
        json={
            "medicaid_id": member.medicaid_id,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "household_income": member.household_income,
        },
        timeout=settings.HTTP_TIMEOUT,
    )
