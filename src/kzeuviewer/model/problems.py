"""Validation problems, reported as ``FILE:LINE: COLUMN: message``."""

from __future__ import annotations

from dataclasses import dataclass


class DatasetError(Exception):
    """A dataset cannot be loaded at all; ``problems`` lists every fatal reason."""

    def __init__(self, path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"Cannot load the dataset at {path}:\n{lines}")


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    column: str | None
    message: str
    # "fatal" rejects the dataset, "error" skips one row, "warning" changes nothing.
    severity: str = "error"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        column = self.column or "-"
        return f"{where}: {column}: {self.message}"
