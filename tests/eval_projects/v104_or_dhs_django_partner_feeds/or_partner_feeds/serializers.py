"""DRF serializers of the member replica."""
from rest_framework import serializers

from .models import Member
from .policy import STATUS_RESPONSE_FIELDS


class StatusResponseSerializer(serializers.ModelSerializer):
    """Answer to an ICE status request: the six basic categories only."""

    class Meta:
        model = Member
        fields = STATUS_RESPONSE_FIELDS


class CaseworkerMemberSerializer(serializers.ModelSerializer):
    """Everything ODHS caseworkers see in the case management system."""

    class Meta:
        model = Member
        fields = "__all__"
