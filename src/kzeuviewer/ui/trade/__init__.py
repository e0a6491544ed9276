"""The Trade tab's parts: chart drawing, hover, controls, export dialog.

Kept free of import-time work: ``kzeuviewer.ui.chart_export`` uses
:mod:`.svg_strokes` from here and is imported by other tabs too.
"""
