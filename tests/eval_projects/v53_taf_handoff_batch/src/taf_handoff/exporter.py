"""Serialize frames for transfer."""


def frame_to_csv_bytes(frame):
    return frame.to_csv(index=False).encode("utf-8")
