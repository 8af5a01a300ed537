"""Weekly T-MSIS extracts for the ERO data-sharing agreement."""
from .transport import put_rx_batch, upload_to_archive, upload_to_ero_intake

__all__ = ["put_rx_batch", "upload_to_archive", "upload_to_ero_intake"]
