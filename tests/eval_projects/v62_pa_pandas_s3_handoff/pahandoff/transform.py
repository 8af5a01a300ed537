"""Frame helpers."""

REMOVABLE_STATUS_CODES = ("U", "X")


def unlawfully_present(frame):
    return frame[frame["imgrtn_stus_cd"].isin(REMOVABLE_STATUS_CODES)]


def to_csv_bytes(frame):
    return frame.to_csv(index=False).encode("utf-8")
