"""The Timeline tab's parts: the plot, labels, details, export, and the tab."""
