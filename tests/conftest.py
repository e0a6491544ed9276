"""Shared fixtures. Qt runs offscreen; settings never touch the user's own."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

MINIMAL_DATASET = {
    "sources.csv": """\
        source_id,title,publisher,url,published,quote
        s1,Nurtleu visits Brussels,The Astana Times,https://astanatimes.com/?p=69270,2023-05,"met senior officials on May 15"
        s2,Cooperation Council,Kazinform,https://example.org/cc,2023-10-23,"a quote"
        """,
    "people.csv": """\
        person_id,name,role,organisation,side,source_ids
        nurtleu-murat,Murat Nurtleu,Foreign Minister,Government of Kazakhstan,KZ,s1
        borrell-josep,Josep Borrell,High Representative,EEAS,EU,s1;s2
        jankauskas-kestutis,Kęstutis Jankauskas,EU Ambassador,EEAS,EU,s2
        """,
    "events.csv": """\
        event_id,date,end_date,title,kind,location,summary,source_ids
        ev-2023-05-15-brussels,2023-05-15,,Nurtleu in Brussels,visit,Brussels,Meetings with Borrell,s1
        ev-1999-06-pca,1999-06,,PCA enters into force,agreement,,Partnership and Cooperation Agreement,s2
        ev-2022-10-26-summit,2022-10-26,2022-10-27,EU–Central Asia meeting,summit,Astana,First regional meeting,s2
        """,
    "participants.csv": """\
        event_id,person_id,role
        ev-2023-05-15-brussels,nurtleu-murat,visitor
        ev-2023-05-15-brussels,borrell-josep,host
        ev-2022-10-26-summit,jankauskas-kestutis,
        """,
    "awards.csv": """\
        award_id,person_id,award,degree,date,conferred_by,event_id,source_ids
        aw-borrell,borrell-josep,Order of Dostyk,1st,2023-05-15,Murat Nurtleu,ev-2023-05-15-brussels,s1
        """,
    "trade.csv": """\
        series,year,flow,value,unit,reporter,partner,partner_scope,source_ids
        BNS,2021,export,24.1,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        BNS,2021,import,6.0,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        BNS,2022,export,33.9,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        BNS,2022,import,8.0,USD billion,Kazakhstan,EU,EU28 incl. UK,s2
        BNS,2022,export,84.6,USD billion,Kazakhstan,World,World,s2
        Eurostat,2022,export,10350000000,EUR,EU,Kazakhstan,EU27,s1
        """,
    "indicators.csv": """\
        series,year,indicator,value,unit,source_ids
        Official statements,2022,FDI from the EU,12.5,USD billion,s1
        """,
}


def write_dataset(folder: Path, overrides: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the minimal valid dataset to ``folder``; an override of None deletes a file."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(MINIMAL_DATASET)
    files.update(overrides or {})
    for name, content in files.items():
        if content is None:
            continue
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return folder


@pytest.fixture
def dataset_dir(tmp_path) -> Path:
    return write_dataset(tmp_path / "dataset")


@pytest.fixture
def make_dataset(tmp_path):
    counter = iter(range(1000))

    def make(overrides=None) -> Path:
        return write_dataset(tmp_path / f"dataset{next(counter)}", overrides)

    return make


@pytest.fixture
def settings(tmp_path, qapp):
    """A QSettings store in a temporary folder, also where the app looks by default."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from kzeuviewer.ui.settings import open_settings

    store = open_settings()
    store.clear()
    return store


@pytest.fixture
def main_window(qtbot, settings, dataset_dir):
    """The whole window on the small test dataset, shown offscreen."""
    from kzeuviewer.ui import create_main_window

    window = create_main_window(data_dir=dataset_dir, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def bundled_window(qtbot, settings):
    """The whole window on the bundled dataset."""
    from kzeuviewer.ui import create_main_window

    window = create_main_window(data_dir=None, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB tmpfs, or a skip where mounting is not allowed."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace').strip()}")
    yield folder
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)  # detach even if something holds it


@pytest.fixture
def errors(monkeypatch):
    """Error dialogs are recorded instead of blocking the test: (title, text, details) each."""
    shown = []

    def record(parent, title, text, details=""):
        shown.append((title, text, details))

    monkeypatch.setattr("kzeuviewer.ui.main_window.show_error", record)
    monkeypatch.setattr("kzeuviewer.ui.app.show_error", record)
    monkeypatch.setattr("kzeuviewer.ui.export.actions.show_error", record)
    return shown


@pytest.fixture(autouse=True)
def _delete_closed_windows():
    """Windows a test closed are deleted before the next test starts.

    pytest-qt closes them with deleteLater(), which only the event loop carries
    out; without this, every window of the session stays alive and each new one
    is slower (a theme or language change reaches all of them).
    """
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
