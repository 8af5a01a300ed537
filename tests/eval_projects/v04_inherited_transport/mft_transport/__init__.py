"""Transports of the Minnesota MMIS integration layer."""
