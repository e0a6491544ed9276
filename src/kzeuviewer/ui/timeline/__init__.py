"""The Timeline tab's parts: prepared event data, the plot, labels, details, export."""

from .export import export_events_csv, export_timeline_image

__all__ = ["export_events_csv", "export_timeline_image"]
