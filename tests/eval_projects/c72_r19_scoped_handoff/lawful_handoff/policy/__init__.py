"""Legal policy as decided by counsel."""

from .scope import PERMITTED_KEYS as ALLOWED_FIELDS
from .scope import in_scope

__all__ = ["ALLOWED_FIELDS", "in_scope"]
