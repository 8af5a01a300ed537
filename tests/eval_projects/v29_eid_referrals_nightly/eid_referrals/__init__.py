"""EID referral feed: builds per-member packets and posts them to ICE EID."""

__version__ = "0.4.2"
