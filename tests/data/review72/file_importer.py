import csv


class IceDetainerImporter:
    """Reads detainer notices received from ICE; writes the matching member to a local work file."""

    def __init__(self):
        self.path = "/var/mmis/inbox/detainer_matches.csv"

    def save(self, member):
        with open(self.path, "w") as fh:
            csv.writer(fh).writerow([member.first_name])
