"""Illinois DHS PARIS match submissions and related data exchanges.

Expected findings: none.
"""
