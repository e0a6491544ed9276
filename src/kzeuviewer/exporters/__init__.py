"""Writing files from model data: plain functions, no dialogs, no Qt."""

from .atomic import ExportCancelled, ExportError, atomic_group, atomic_write, verify_pdf
from .csv_safety import neutralise_cell, write_csv, write_frame_csv

__all__ = [
    "ExportCancelled",
    "ExportError",
    "atomic_group",
    "atomic_write",
    "neutralise_cell",
    "verify_pdf",
    "write_csv",
    "write_frame_csv",
]
