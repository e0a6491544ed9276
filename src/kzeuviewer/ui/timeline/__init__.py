"""The Timeline tab's parts: prepared event data, the plot, labels, details, export."""

import os

# pyqtgraph must bind to PySide6 even where another Qt binding is installed
# (the headless exports may import this package before anything else of Qt).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from .export import export_events_csv, export_timeline_image  # noqa: E402

__all__ = ["export_events_csv", "export_timeline_image"]
