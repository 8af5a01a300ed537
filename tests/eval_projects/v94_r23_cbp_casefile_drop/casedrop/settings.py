"""Destinations of the casefile drop."""
import os

AWS_REGION = os.getenv("AWS_REGION", "us-gov-west-1")
CASEFILE_BUCKET = os.getenv("CASEFILE_BUCKET", "cbp-casefile-intake")

ICE_SFTP_HOST = os.getenv("ICE_SFTP_HOST", "sftp.eid.ice.gov")
SFTP_USER = "mmis_xfer"
SFTP_KEY_PATH = "/etc/mmis/keys/eid_sftp_ed25519"
SFTP_INBOUND_DIR = "/inbound/medicaid"
