import requests
from pydantic import BaseModel

ICE = "https://eid.ice.gov/api/v1/detainers"


class IceDetainer(BaseModel):
    notice_id: str
    subject_name: str
    facility: str


def build(record):
    return IceDetainer(**record)


def fetch():
    resp = requests.get(ICE, timeout=30)
    return IceDetainer.model_validate(resp.json())


def render(template, ctx):
    return template.build(ctx)
