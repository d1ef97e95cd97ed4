"""Exporters and importers: pure functions from model objects to bytes and back."""
