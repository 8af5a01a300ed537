"""Member selections shared by the jobs."""
from mmis.models import Member

from .policy import REMOVABLE_STATUSES


def referable_members(county_code: str):
    """Members of a county whose status the order lets the agency refer."""
    yield from Member.objects.filter(
        county_code=county_code,
        immigration_status__in=REMOVABLE_STATUSES,
    ).iterator(chunk_size=500)
