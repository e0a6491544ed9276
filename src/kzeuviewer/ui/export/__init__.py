"""Rendering views to files: chart images at exact sizes, the export dialogs."""
