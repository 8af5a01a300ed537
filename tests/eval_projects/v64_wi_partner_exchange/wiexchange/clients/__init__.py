from .transport import get_json, post_json

__all__ = ["get_json", "post_json"]
