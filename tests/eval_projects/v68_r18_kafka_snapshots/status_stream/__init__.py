"""Publishes enrollee status-change events to the data-sharing topic."""
