"""Loading of the monthly eligibility extract."""
import pandas as pd

from .rules import HANDOFF_COLUMNS


def load_handoff_frame(path) -> pd.DataFrame:
    return pd.read_csv(path, usecols=HANDOFF_COLUMNS, dtype=str)


def load_snapshot(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str)
