"""Minnesota DHS MMIS client: a state Medicaid agency that is itself a 'Department of Human Services'."""
import httpx

MN_ITS = "https://mn-its.dhs.state.mn.us/api"


class DhsClient:
    def __init__(self):
        self.dhs_client = httpx.Client(base_url=MN_ITS)

    def update_member(self, member):
        self.dhs_client.put(f"/members/{member.pmi}", json={
            "ssn": member.ssn,
            "diagnosis_codes": member.dx_codes,
            "income": member.income,
        })
