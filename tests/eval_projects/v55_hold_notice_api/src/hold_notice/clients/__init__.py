from .ero import file_hold_notice, send_raw

__all__ = ["file_hold_notice", "send_raw"]
