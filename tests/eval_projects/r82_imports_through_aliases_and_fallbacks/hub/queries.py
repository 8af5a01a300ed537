"""SQL of the nightly extracts."""

ROSTER_SQL = """
SELECT
    cin,
    ssn
FROM enrollee
WHERE imgrtn_stus_cd = :code
"""
