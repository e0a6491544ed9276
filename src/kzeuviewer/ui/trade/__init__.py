"""The Trade tab: the chart widget, its legend and hover items, and the tab."""
