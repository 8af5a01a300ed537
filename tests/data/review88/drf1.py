from rest_framework import serializers

from .models import Member

PERMITTED = ("medicaid_id", "date_of_birth", "citizenship", "immigration_status")


class IceReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = list(PERMITTED)
