from rest_framework import serializers

from .models import EmergencyContact, Enrollee


class EnrolleeSyncSerializer(serializers.ModelSerializer):
    """The full record, for MN-ITS (the state's system of record)."""

    class Meta:
        model = Enrollee
        fields = "__all__"


class EmergencyContactSerializer(serializers.ModelSerializer):
    medicaid_id = serializers.CharField(source="enrollee.medicaid_id", read_only=True)

    class Meta:
        model = EmergencyContact
        fields = ["medicaid_id", "ice_contact_name", "ice_contact_phone", "relationship"]


class IceReferralSerializer(serializers.ModelSerializer):
    """The referral ICE receives: the six categories of the order, nothing else."""

    class Meta:
        model = Enrollee
        fields = [
            "medicaid_id",
            "birth_date",
            "home_address",
            "zip_code",
            "phone_number",
            "immigration_status",
            "citizenship_status",
        ]
        read_only_fields = fields
