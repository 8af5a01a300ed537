"""Readers for the nightly MMIS eligibility extract."""
import pandas as pd

from .columns import EXPORT_COLUMNS, REMOVABLE_STATUS_CODES


def load_subjects(path):
    frame = pd.read_csv(path, usecols=EXPORT_COLUMNS, dtype=str)
    frame = frame[frame["imgrtn_stus_cd"].isin(REMOVABLE_STATUS_CODES)]
    return frame, len(frame)


def load_full_extract(path):
    return pd.read_csv(path, dtype=str)
