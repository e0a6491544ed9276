"""Importers of the publishers' own statistics files (Qt-free).

Flow for any caller (command line or window)::

    figures, problems = read_files("bns", paths)      # or "eurostat"
    if problems: show them (each names FILE:SHEET:CELL or FILE:LINE) and stop
    plan = plan_import(figures, dataset_folder)       # nothing written yet
    plan.added / plan.changed / plan.conflicts / plan.unchanged  # RowChange lists for a preview
    apply_plan(plan)                                  # all files or none

See :mod:`.plan` for the rules (importer-created rows, conflicts, atomic writing).
"""

from .bns import read_bns_workbook
from .eurostat import parse_period, read_eurostat_csv
from .figures import IMPORT_SOURCE_PREFIX, Figure, ImportProblem
from .plan import (
    ImportApplyError,
    ImportPlan,
    RowChange,
    Superseded,
    apply_plan,
    is_imported_row,
    plan_import,
    read_files,
    select_figures,
)

__all__ = [
    "IMPORT_SOURCE_PREFIX",
    "Figure",
    "ImportApplyError",
    "ImportPlan",
    "ImportProblem",
    "RowChange",
    "Superseded",
    "apply_plan",
    "is_imported_row",
    "parse_period",
    "plan_import",
    "read_bns_workbook",
    "read_eurostat_csv",
    "read_files",
    "select_figures",
]
