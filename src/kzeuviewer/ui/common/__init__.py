"""Widgets and dialogs that more than one tab uses."""
