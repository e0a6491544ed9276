"""Writing files from model data: plain functions, no dialogs, no Qt."""

from .atomic import ExportError, atomic_write

__all__ = ["ExportError", "atomic_write"]
