"""New York EID batch: nightly referrals of enrollees whose status the order covers."""
