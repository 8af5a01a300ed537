"""Message builders as an object (sixteenth session): no sink, no destination.

Expected: clean.
"""


class MemberBuilder:
    def subject(self, member):
        return {"medicaid_id": member.cin, "dob": member.birth_date, "diagnosis": member.primary_dx}

    def basic(self, member):
        return {"medicaid_id": member.cin, "dob": member.birth_date}
