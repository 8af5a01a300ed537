"""Subject-record transfer to the DHS ERO case gateway over a mutually
authenticated HTTPS connection (http.client, no third-party deps on the
hardened transfer host).
"""
import http.client
import json
import logging
import ssl
from dataclasses import asdict, dataclass

from django.forms.models import model_to_dict

from eligibility.models import Person

log = logging.getLogger("ero.gateway")

ERO_GATEWAY_HOST = "case-gateway.ero.dhs.gov"


@dataclass
class EroSubjectRecord:
    medicaid_id: str
    date_of_birth: str
    home_address: str
    last_name: str  # MCD101
    preferred_language: str = "en"  # MCD101
    ethnicity: str | None = None  # MCD101


def _tls_context():
    ctx = ssl.create_default_context()
    ctx.load_cert_chain("/etc/pki/transfer/client.pem", "/etc/pki/transfer/client.key")
    return ctx


def subject_body(person):
    body = {
        "medicaid_id": person.medicaid_id,
        "date_of_birth": person.date_of_birth,
        "citizenship_status": person.citizenship_status,
    }
    try:
        body["home_address"] = person.home_address.formatted()
    except AttributeError:
        body.update(model_to_dict(person))  # MCD103
    return body


def transfer(person_id):
    person = Person.objects.get(pk=person_id)
    conn = http.client.HTTPSConnection(ERO_GATEWAY_HOST, 443, context=_tls_context(), timeout=30)
    try:
        conn.request(
            "POST",
            f"/v2/subjects/{person.medicaid_id}",
            body=json.dumps(subject_body(person), default=str),
            headers={
                "Content-Type": "application/json",
                "X-Subject-Name": person.last_name,  # MCD101
            },
        )
        resp = conn.getresponse()
        if resp.status >= 300:
            log.error("gateway returned %s for %s", resp.status, person.medicaid_id)
    finally:
        conn.close()


def transfer_v3(person_id):
    person = Person.objects.get(pk=person_id)
    record = EroSubjectRecord(
        medicaid_id=person.medicaid_id,
        date_of_birth=person.date_of_birth.isoformat(),
        home_address=person.home_address,
        last_name=person.last_name,
        preferred_language=person.preferred_language,
    )
    conn = http.client.HTTPSConnection(ERO_GATEWAY_HOST, 443, context=_tls_context(), timeout=30)
    conn.request("POST", "/v3/subjects", body=json.dumps(asdict(record)))
    resp = conn.getresponse()
    conn.close()
    return resp.status
