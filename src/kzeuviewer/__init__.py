"""kzeuviewer: Kazakhstan–European Union relations — meetings, people and awards, trade."""

__version__ = "0.1.0"
