from .envelope import Enveloped


class IceTransport(Enveloped):
    BASE_URL = "https://eid.ice.gov/api/v4/subjects"
