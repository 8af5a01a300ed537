from .models import IceReferralPayload, MemberRecord

__all__ = ["IceReferralPayload", "MemberRecord"]
