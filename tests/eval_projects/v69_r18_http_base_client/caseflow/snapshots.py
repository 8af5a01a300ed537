"""Turns ORM case objects into plain dicts."""


def export_case(case) -> dict:
    return vars(case)
