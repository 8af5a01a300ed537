"""What a referral may contain."""
from enrollment.models import Member
from rest_framework import serializers

BASIC_FIELDS = (
    "cin",
    "dob",
    "home_address",
    "phone",
    "citizenship_status",
    "immigration_status",
)


class BasicReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["cin", "dob", "home_address", "phone", "immigration_status"]
