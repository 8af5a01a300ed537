"""Subjects resource of the partner API."""

from .. import PARTNER_API_BASE as API_BASE
from .base import RestClient


class SubjectApi(RestClient):
    base_url = API_BASE

    def create(self, body):
        return self.post("/subjects", body)

    def update_subject(self, member_id, changes):
        return self.put(f"/subjects/{member_id}", changes)
