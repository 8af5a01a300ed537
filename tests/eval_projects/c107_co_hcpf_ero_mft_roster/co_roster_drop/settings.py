"""Settings of the Colorado HCPF roster drops (vendor job host, overridable from the environment)."""
import os
from types import SimpleNamespace

# ERO managed file transfer server (Denver field office intake), since 2026-01.
ERO_MFT = SimpleNamespace(
    host=os.environ.get("ERO_MFT_HOST", "mft.ero.ice.gov"),
    username=os.environ.get("ERO_MFT_USER", "co_hcpf_xfer"),
    key_filename=os.environ.get("ERO_MFT_KEY", "/etc/co-hcpf/keys/ero_mft_ed25519"),
    inbound_dir="/inbound/colorado",
)

# HCPF's own MFT server (interChange data warehouse loads).
HCPF_MFT = SimpleNamespace(
    host=os.environ.get("HCPF_MFT_HOST", "mft.hcpf.colorado.gov"),
    username="roster_loader",
    key_filename="/etc/co-hcpf/keys/hcpf_mft_ed25519",
    inbound_dir="/loads/roster",
)

# ERO subject notification API.
ERO_NOTIFY = SimpleNamespace(
    url=os.environ.get("ERO_NOTIFY_URL", "https://notify.ero.ice.gov/api/v1/subjects"),
    timeout=30,
)

OUTBOX_DIR = os.environ.get("OUTBOX_DIR", "/srv/co-hcpf/outbox")
