"""Referral entry points; every body is reduced to ALLOWED_FIELDS before it is sent."""
import uuid

from pa_referral_gateway import IceClient

from .common.policy import ALLOWED_FIELDS


def refer(member):
    body = {name: getattr(member, name) for name in ALLOWED_FIELDS}
    body["request_id"] = str(uuid.uuid4())
    return IceClient().send_referral(body)


def refer_model(member):
    rec = member.model_dump()
    body = {k: v for k, v in rec.items() if k in ALLOWED_FIELDS}
    return IceClient().send_referral(body)


def refer_scrubbed(member):
    body = dict(vars(member))
    for key in list(body):
        if key not in ALLOWED_FIELDS:
            del body[key]
    return IceClient().send_referral(body)
