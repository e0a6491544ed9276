"""File ▸ Import statistics…: the publishers' files previewed, then written into the open dataset."""

from .dialog import ImportDialog

__all__ = ["ImportDialog"]
