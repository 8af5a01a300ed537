from .sync import sync_all, sync_member

__all__ = ["sync_all", "sync_member"]
