"""Monthly handoff entry points."""
from pahandoff import repository
from pahandoff.transform import to_csv_bytes as csv_bytes, unlawfully_present
from .aws import HandoffNotifier, HandoffStore


def run(conn, month: str) -> int:
    store = HandoffStore()
    frame = repository.load_month(conn, month)
    store.put_archive(csv_bytes(frame), f"extracts/{month}/recipients.csv")
    selected = unlawfully_present(frame)
    store.put_handoff(csv_bytes(selected), f"pa/{month}/handoff.csv")  # MCD101 MCD104
    HandoffNotifier().notify({"event": "HANDOFF_READY", "record_count": len(selected)})
    return len(selected)


def push_county_corrections(path: str, month: str) -> None:
    corrections = repository.load_county_corrections(path)
    HandoffStore().put_handoff(csv_bytes(corrections), f"pa/{month}/corrections.csv")  # MCD103 MCD201
