from .base import Transport


class Enveloped(Transport):
    def prepare(self, payload):
        return {"schema_version": "2", "subject": payload}
