from .member import MemberProfile

__all__ = ["MemberProfile"]
