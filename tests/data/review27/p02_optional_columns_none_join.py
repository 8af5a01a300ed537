# review 27: expected MCD103 at line 16 and at line 25 (when not minimal, columns is None: the whole frame is sent)
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api"
ICE_COLUMNS = ["medicaid_id", "date_of_birth"]


def csv_bytes(frame, columns=None):
    if columns is not None:
        frame = frame[columns]
    return frame.to_csv(index=False).encode()


def run(path, minimal):
    df = pd.read_csv(path)  # MCD103
    chosen = df[df["immigration_status"] == "NOT_LAWFULLY_PRESENT"]
    cols = None
    if minimal:
        cols = ICE_COLUMNS
    requests.post(ICE_URL, data=csv_bytes(chosen, cols))


def run_ifexp(path, minimal):
    df = pd.read_csv(path)  # MCD103
    chosen = df[df["immigration_status"] == "NOT_LAWFULLY_PRESENT"]
    requests.post(ICE_URL, data=csv_bytes(chosen, ICE_COLUMNS if minimal else None))
