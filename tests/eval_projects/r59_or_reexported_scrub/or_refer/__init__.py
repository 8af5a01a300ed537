"""Oregon Health Authority referral tools: the package re-exports its helpers."""
from .scrub import scrub
from .settings import ICE_REFERRAL_URL

__all__ = ["scrub", "ICE_REFERRAL_URL"]
