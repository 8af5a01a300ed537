"""Command line entry: looks one member up and refers them."""

import argparse

from .jobs import refer


def main(lookup):
    parser = argparse.ArgumentParser()
    parser.add_argument("medicaid_id")
    args = parser.parse_args()
    member = lookup(args.medicaid_id)
    if member.immigration_status == "unlawful":
        refer(member)
