"""Widgets of the reader's screens."""
