"""Dataset text is shown as typed: never rendered as HTML, never escaped twice, '&' never eaten as a mnemonic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from kzeuviewer.ui import settings as prefs

HOSTILE = '<img src="file:///etc/hosts">'
AMPERSAND = "O'Neill & Co"
ROLE = 'Envoy <b>bold</b> & "quoted"'


def shown(text: str, text_format=Qt.TextFormat.AutoText) -> str:
    """What Qt shows for ``text``: rich text is rendered (as QLabel and QToolTip decide), plain text is as it is."""
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.fixture
def hostile_dir(make_dataset):
    return make_dataset({
        "people.csv": f"""\
            person_id,name,role,organisation,side,source_ids
            nurtleu-murat,Murat Nurtleu,Foreign Minister,Government of Kazakhstan,KZ,s1
            evil,"{HOSTILE.replace('"', '""')}",Minister,EEAS,EU,s1
            oneill,{AMPERSAND},"{ROLE.replace('"', '""')}",{AMPERSAND},EU,s2
            """,
        "participants.csv": """\
            event_id,person_id,role
            ev-2023-05-15-brussels,nurtleu-murat,visitor
            ev-2023-05-15-brussels,evil,host
            ev-2023-05-15-brussels,oneill,
            """,
        "awards.csv": """\
            award_id,person_id,award,degree,date,conferred_by,event_id,source_ids
            aw-1,oneill,Order of Dostyk,1st,2023-05-15,Murat Nurtleu,ev-2023-05-15-brussels,s1
            """,
    })


@pytest.fixture
def window(qtbot, settings, hostile_dir):
    from kzeuviewer.ui import create_main_window

    main = create_main_window(data_dir=hostile_dir, settings=settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.ensure_all_tabs()
    return main


def test_the_timeline_highlight_label_and_its_tooltip_show_the_name_as_typed(window):
    timeline = window.tab("timeline")
    window.context.selection.select_people(["evil"])
    label = timeline.highlight_label
    assert label.isVisible() or label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in shown(label.text(), label.textFormat())
    assert HOSTILE in shown(label.toolTip())
    assert "<img" not in shown(label.toolTip()).replace(HOSTILE, "")


def test_table_tooltips_show_the_name_as_typed(window):
    people = window.tab("people")
    model = people.model
    names = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    for name in (HOSTILE, AMPERSAND):
        tip = model.data(model.index(names[name], 0), Qt.ItemDataRole.ToolTipRole)
        assert shown(tip) == name


def test_participant_buttons_show_names_and_tooltips_as_typed(window):
    timeline = window.tab("timeline")
    timeline.select_event("ev-2023-05-15-brussels")
    buttons = timeline.detail.participant_buttons
    assert set(buttons) == {"nurtleu-murat", "evil", "oneill"}
    # '&' doubled on a button is shown as one '&', not taken as a shortcut key.
    assert buttons["oneill"].text() == "O'Neill && Co"
    assert HOSTILE in shown(buttons["evil"].toolTip())
    assert AMPERSAND in shown(buttons["oneill"].toolTip())
    assert shown(buttons["evil"].accessibleName(), Qt.TextFormat.PlainText).endswith(HOSTILE)


def test_the_people_panel_shows_names_once_escaped(window):
    people = window.tab("people")
    window.context.selection.select_people(["oneill"])
    details = people.details
    assert details.name_label.text() == AMPERSAND and details.name_label.textFormat() == Qt.TextFormat.PlainText
    text = details.text.toPlainText()
    assert ROLE in text and AMPERSAND in text
    assert "&amp;" not in text and "&#x27;" not in text


def test_the_dataset_label_tooltip_problems_header_and_about_show_the_path_as_typed(qtbot, settings, make_dataset,
                                                                                     monkeypatch):
    from kzeuviewer.ui import create_main_window
    from kzeuviewer.ui.common.dialogs import ProblemsDialog

    folder = make_dataset({"people.csv": """\
        person_id,name,role,organisation,side,source_ids
        nurtleu-murat,Murat Nurtleu,Foreign Minister,Government of Kazakhstan,KZ,s1
        borrell-josep,Josep Borrell,High Representative,EEAS,EU,s1;s2
        jankauskas-kestutis,Kęstutis Jankauskas,EU Ambassador,EEAS,EU,s2
        broken,,,,,
        """})
    odd = folder.with_name('data <img src="x.png"> & <b>co')  # a folder name cannot hold "/"
    folder.rename(odd)
    main = create_main_window(data_dir=odd, settings=settings)
    qtbot.addWidget(main)
    assert shown(main.dataset_label.toolTip()) == str(odd)
    assert main.context.dataset.problems
    dialog = ProblemsDialog(main.context.dataset.problems, str(odd), main)
    qtbot.addWidget(dialog)
    assert str(odd) in shown(dialog.header.text(), dialog.header.textFormat())
    about = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: about.append(text))
    main.show_about()
    assert str(odd) in shown(about[0], Qt.TextFormat.RichText)


def test_error_dialogs_show_their_message_as_plain_text(qapp, monkeypatch):
    from kzeuviewer.ui.common.dialogs import show_error

    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append((box.textFormat(), box.text())) or 0)
    show_error(None, "Dataset not opened", f"The dataset at /tmp/{HOSTILE} cannot be opened")
    assert seen == [(Qt.TextFormat.PlainText, f"The dataset at /tmp/{HOSTILE} cannot be opened")]


def test_an_ampersand_in_a_recent_dataset_path_stays_visible(main_window, tmp_path):
    path = str(tmp_path / "R&D datasets")
    prefs.put(main_window.settings, prefs.DATASET_RECENT, [path])
    main_window._fill_recent_menu()
    action = main_window.recent_menu.actions()[0]
    assert action.text() == path.replace("&", "&&")
    assert action.iconText() == path  # what the menu draws: one '&', no underlined letter


def test_labels_with_dataset_text_never_render_markup(window):
    """Every label that shows dataset text in the window is plain text, or its text is escaped once."""
    window.context.selection.select_people(["evil", "oneill"])
    window.tab("timeline").select_event("ev-2023-05-15-brussels")
    for label in window.findChildren(QLabel):
        text = label.text()
        if HOSTILE in text or "<img" in text:
            assert label.textFormat() == Qt.TextFormat.PlainText or HOSTILE in shown(text, label.textFormat()), \
                label.objectName()
