# B8 (gap of the new rule, missed MCD-201): the two other standard ways to declare a custom manager
# are not seen: Manager.from_queryset(QS)() (callee is a Call, dotted() gives nothing) and a
# manager inherited from an abstract base model (only the class's own constants are looked at).
# base : nothing
# after: only line 45 (control, QS.as_manager()); lines 35 and 40 still clean
# SPEC 10: "Bulk source: ... a Django queryset (Member.objects.all(), .filter(...))"; the
#   CHANGELOG claims 'a Django manager declared on a model of the project under another name'.
import requests
from django.db import models

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class EnrolleeQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class BaseEnrollee(models.Model):
    active_objects = models.Manager()

    class Meta:
        abstract = True


class Enrollee(BaseEnrollee):
    medicaid_id = models.CharField(max_length=12)
    active = models.BooleanField(default=True)
    current = models.Manager.from_queryset(EnrolleeQuerySet)()
    live = EnrolleeQuerySet.as_manager()


def nightly_from_queryset():
    for e in Enrollee.current.active():
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id}, timeout=30)  # MCD201


def nightly_inherited():
    for e in Enrollee.active_objects.all():
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id}, timeout=30)


def control_as_manager():
    for e in Enrollee.live.all():
        requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id}, timeout=30)  # MCD201
