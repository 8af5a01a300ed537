# Expected: MCD101 'ssn' at line 14 (Meta.fields lists the declared ssn field through the constant
# F_SSN: it is dumped; SPEC section 3 column lists / DRF Meta.fields). Got (head): nothing; base: MCD101.
# Cause: index.py _meta_fields keeps only declared fields whose name is a SimpleString element
# (`listed = {string_value(e) for e in elements if isinstance(e, cst.SimpleString)}`): a Name element
# (or any non-literal) drops the declared field.
import requests
from rest_framework import serializers

ICE_URL = "https://eid.ice.gov/api/referrals"
F_SSN = "ssn"


class IceReferralSerializer(serializers.ModelSerializer):
    ssn = serializers.CharField(source="member.ssn")

    class Meta:
        model = object
        fields = ("cin", F_SSN)


def send(obj):
    requests.post(ICE_URL, json=IceReferralSerializer(obj).data)
