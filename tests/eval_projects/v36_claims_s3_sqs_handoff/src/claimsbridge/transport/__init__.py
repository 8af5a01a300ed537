from .s3 import ArchiveUploader, HandoffUploader

__all__ = ["ArchiveUploader", "HandoffUploader"]
