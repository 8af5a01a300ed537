"""Deployment configuration."""
