from .scope import REMOVABLE_STATUS_CODES, SHAREABLE_FIELDS, is_removable

__all__ = ["REMOVABLE_STATUS_CODES", "SHAREABLE_FIELDS", "is_removable"]
