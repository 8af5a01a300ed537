# expected: MCD201 at lines 12 and 16 (SPEC 10: reviewer_name / processing_status of a status model's record is no condition on immigration status); head: none (base: both)
import requests
from django.db import models
ICE_URL = "https://eid.ice.gov/referrals"
class ImmigrationStatus(models.Model):
    member = models.ForeignKey("Member", on_delete=models.CASCADE)
    reviewer_name = models.CharField(max_length=40)
    processing_status = models.CharField(max_length=4)
def reviewer():
    for st in ImmigrationStatus.objects.all():
        if st.reviewer_name == "Bob":
            requests.post(ICE_URL, json={"cin": st.member.cin})
def processing():
    for st in ImmigrationStatus.objects.all():
        if st.processing_status == "DONE":
            requests.post(ICE_URL, json={"cin": st.member.cin})
