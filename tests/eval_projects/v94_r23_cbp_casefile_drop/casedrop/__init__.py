"""Casefile drop to the CBP intake bucket and the EID SFTP inbox."""
from .serializers import build_casefile
from .transport import S3Drop, SftpDrop

__all__ = ["S3Drop", "SftpDrop", "build_casefile"]
