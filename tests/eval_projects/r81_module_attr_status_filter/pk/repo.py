"""Predicates over enrollee records."""

TARGET_CODES = ("5", "6")


def is_target(e):
    return e.imgrtn_stus_cd in TARGET_CODES


def in_county(e, county="06"):
    return e.county_cd == county
