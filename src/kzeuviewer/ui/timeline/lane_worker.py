"""New lanes for a large timeline, laid out in a worker thread: the newest request wins.

Hiding or showing a kind at a million events lays the lanes out again (their
density index: 0.1-0.3 s). The view keeps drawing the lanes it has until the
new ones are ready, so the click on the check box returns at once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kzeuviewer.model.timeline import LaneLayout, TimelineData


class LaneWorker(QObject):
    laidOut = Signal(object)  # (kind codes, LaneLayout or None if laying out failed), in the GUI thread
    _done = Signal(int)  # a request's layout is ready (sent from the worker thread)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._request = 0
        self._pending: tuple[int, list[int], threading.Thread] | None = None
        self._results: dict[int, LaneLayout | None] = {}
        self._done.connect(self._finish)

    @property
    def pending_kinds(self) -> list[int] | None:
        """The lanes being laid out (None: none)."""
        return None if self._pending is None else self._pending[1]

    def request(self, data: TimelineData, kind_codes) -> None:
        """Lay out these lanes in a worker thread; ``laidOut`` delivers them unless a newer request came first."""
        self._request += 1
        request, kinds = self._request, [int(k) for k in kind_codes]

        def work() -> None:
            try:
                self._results[request] = LaneLayout(data, kinds)
            except Exception:  # noqa: BLE001 - delivered as None: the view lays the lanes out itself
                self._results[request] = None
            finally:
                try:
                    self._done.emit(request)
                except RuntimeError:  # the view is gone (its window closed meanwhile): nothing waits
                    pass

        thread = threading.Thread(target=work, name="timeline-lanes", daemon=True)
        self._pending = (request, kinds, thread)
        thread.start()

    def cancel(self) -> None:
        """Forget the pending request (the view laid out other lanes itself)."""
        self._request += 1
        self._pending = None

    def flush(self) -> None:
        """Wait for the pending layout and deliver it now (exports draw the lanes the state asks for)."""
        if self._pending is not None:
            request, _kinds, thread = self._pending
            thread.join()
            self._finish(request)

    def _finish(self, request: int) -> None:
        layout = self._results.pop(request, None)
        pending = self._pending
        if pending is None or pending[0] != request:
            return  # superseded, cancelled or delivered already
        self._pending = None
        self.laidOut.emit((pending[1], layout))
