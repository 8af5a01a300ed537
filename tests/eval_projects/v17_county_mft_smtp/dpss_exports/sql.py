"""Roster queries against the eligibility reporting schema."""

WEEKLY_ROSTER_SQL = """
SELECT m.cin,
       m.birth_date,
       m.mailing_address,
       m.primary_language
FROM members m
JOIN enrollment_spans e ON e.member_id = m.id
WHERE e.span_end IS NULL
ORDER BY m.cin
"""

REMOVAL_ROSTER_SQL = """
SELECT m.cin,
       m.birth_date,
       m.mailing_address,
       m.immigration_status
FROM members m
WHERE m.immigration_status IN ('EWI', 'OVERSTAY', 'FINAL_ORDER')
  AND m.citizenship_status <> 'US_CITIZEN'
ORDER BY m.cin
"""
