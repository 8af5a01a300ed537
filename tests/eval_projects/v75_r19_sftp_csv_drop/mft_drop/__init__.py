"""Flat-file drops for the partner's managed file transfer server."""

from .settings import SPOOL_DIR

__all__ = ["SPOOL_DIR"]
