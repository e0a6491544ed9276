"""The Qt-free data model: schema, loading and validation, dataset, queries, selection."""

from .dataset import Dataset
from .dates import format_date_range, format_partial_date, parse_partial_date
from .loader import bundled_data_dir, load_dataset
from .problems import DatasetError, Problem
from .selection import Selection
from .trade import TradeLine, annual_flows, trade_lines, with_money

__all__ = [
    "Dataset",
    "DatasetError",
    "Problem",
    "Selection",
    "TradeLine",
    "annual_flows",
    "bundled_data_dir",
    "format_date_range",
    "format_partial_date",
    "load_dataset",
    "parse_partial_date",
    "trade_lines",
    "with_money",
]
