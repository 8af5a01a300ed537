"""Readers for the weekly interChange roster extract."""
import pandas as pd


def load_roster(path):
    """The full weekly roster extract, every column."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def iter_records(frame):
    """One dict per roster row; keeps the digest loop simple."""
    for rec in frame.to_dict(orient="records"):
        yield rec
