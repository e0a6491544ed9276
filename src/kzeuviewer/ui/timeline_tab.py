"""Placeholder until the timeline tab lands."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .tab_base import DataTab


class TimelineTab(DataTab):
    key = "timeline"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)

    def set_dataset(self, dataset) -> None:
        self.label.setText(repr(dataset))
