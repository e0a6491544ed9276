"""The detail panel: one event with its date precision, people and every source."""

from __future__ import annotations

from urllib.parse import urlparse

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kzeuviewer.model.dates import format_partial_date
from kzeuviewer.model.display import DETAIL_CHARS, clip
from kzeuviewer.model.schema import EVENT_KINDS
from kzeuviewer.model.sources import SUPPLIED_TITLE_NOTE, shown_title
from kzeuviewer.model.timeline import DAY, TimelineData
from kzeuviewer.model.translatable import QT_TRANSLATE_NOOP

from .. import i18n
from ..common.dialogs import is_web_link, open_web_link, show_error
from ..i18n import translate
from ..style import Theme, on_theme_changed, set_role, theme
from . import style

PRECISION_NOTES = {
    "month": QT_TRANSLATE_NOOP("EventDetailPanel", "the source gives the month, not the day"),
    "year": QT_TRANSLATE_NOOP("EventDetailPanel", "the source gives the year only"),
}

def _label(text: str = "", *, wrap: bool = True, selectable: bool = True, name: str = "") -> QLabel:
    label = QLabel(clip(text, DETAIL_CHARS))  # a megabyte of text would take minutes to lay out
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "heading")
    return label


def _colour_chip(chip: QLabel, t: Theme) -> None:
    """The kind's colour, with black or white text, whichever reads better on it."""
    background = t.kind(str(chip.property("kind")))
    chip.setStyleSheet(
        f"background: {background}; color: {t.text_on(background)}; border-radius: 3px;"
        "padding: 1px 6px; font-size: 10px; font-weight: bold;"
    )


def _short_link(url: str) -> str:
    parsed = urlparse(url.strip())
    host = parsed.netloc.removeprefix("www.")
    return host or url


class EventDetailPanel(QScrollArea):
    """Title, date with its precision, kind, location, participants, summary, sources.

    ``personClicked(person_id)`` fires when a participant is clicked;
    ``showPersonRequested(person_id)`` when the user asks to jump to the
    People tab for that person.
    """

    personClicked = Signal(str)
    showPersonRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("eventDetails")
        i18n.keep(self, lambda: self.setAccessibleName(translate("EventDetailPanel", "Event details")))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(300)
        on_theme_changed(self.apply_theme)
        self.event_id: str | None = None
        self.person_id: str | None = None
        self.participant_buttons: dict[str, QPushButton] = {}
        self.source_boxes: dict[str, QFrame] = {}
        self.source_buttons: dict[str, QPushButton] = {}
        self.show_person_button: QPushButton | None = None
        self.title_label: QLabel | None = None
        self.show_event(None, None)

    # -- content ----------------------------------------------------------------------
    def apply_theme(self, t: Theme) -> None:
        """Role colours come with the window's style sheet; the kind chip has its own."""
        for chip in self.findChildren(QLabel, "eventKind"):
            _colour_chip(chip, t)

    def show_event(self, data: TimelineData | None, position: int | None, hidden: bool = False) -> None:
        """Show the event at ``position`` of ``data`` (None: the empty state)."""
        self.participant_buttons = {}
        self.source_boxes = {}
        self.source_buttons = {}
        self.show_person_button = None
        self.title_label = None
        content = QWidget()
        content.setObjectName("eventDetailsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        if data is None or position is None:
            self.event_id = None
            empty = _label(
                translate("EventDetailPanel", "Select an event on the timeline or in the list to see who took part "
                          "and where each fact comes from."),
                selectable=False,
                name="eventDetailsEmpty",
            )
            set_role(empty, "muted")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            layout.addWidget(empty)
            layout.addStretch(2)
            self.setWidget(content)
            return
        self.event_id = str(data.ids[position])
        row = data.events_frame.iloc[position]
        kind = EVENT_KINDS[data.kind_codes[position]]
        layout.addWidget(self._kind_chip(kind))
        self.title_label = _label(str(row["title"]), name="eventTitle")
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold; margin: 4px 0 6px 0;")
        layout.addWidget(self.title_label)
        if hidden:
            note = _label(translate("EventDetailPanel", "Hidden on the timeline by the current search or filters."),
                          name="eventHiddenNote")
            set_role(note, "warning")
            layout.addWidget(note)
        layout.addLayout(self._facts(data, position, row, kind))
        self._add_confidence(layout, data, position)
        self._add_participants(layout, data, self.event_id)
        summary = str(row["summary"]).strip()
        if summary:
            layout.addWidget(_heading(translate("EventDetailPanel", "Summary")))
            layout.addWidget(_label(summary, name="eventSummary"))
        self._add_sources(layout, data, str(row["source_ids"]))
        layout.addStretch(1)
        self.setWidget(content)
        self.verticalScrollBar().setValue(0)

    def _kind_chip(self, kind: str) -> QWidget:
        chip = QLabel(translate("Kinds", style.KIND_SINGULAR[kind]).upper())
        chip.setObjectName("eventKind")
        chip.setProperty("kind", kind)
        _colour_chip(chip, theme())
        chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return chip

    def _facts(self, data: TimelineData, position: int, row: pd.Series, kind: str) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        precision = str(row["date_precision"])
        when = data.when[position]
        note = translate("EventDetailPanel", PRECISION_NOTES[precision]) if precision in PRECISION_NOTES else ""
        end_precision = row["end_date_precision"]
        if not note and not pd.isna(end_precision) and str(end_precision) != "day":
            note = translate("EventDetailPanel", "the end date is not given to the day")
        if not data.partial[position] and data.span[position]:
            days = int(round((data.end[position] - data.start[position]) / DAY))
            when = translate("EventDetailPanel", "{when} (%n days)", "", days).format(when=when)
        date_text = when + (f" — {note}" if note else "")
        location = str(row["location"]).strip() or translate("EventDetailPanel", "not stated")
        facts = [(translate("EventDetailPanel", "When"), date_text, "eventDate"),
                 (translate("EventDetailPanel", "Where"), location, "eventLocation"),
                 (translate("EventDetailPanel", "Kind"), translate("Kinds", style.KIND_SINGULAR[kind]), "")]
        for line, (name, value, object_name) in enumerate(facts):
            key = QLabel(name)
            set_role(key, "muted")
            grid.addWidget(key, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(value, name=object_name), line, 1)
        return grid

    def _add_confidence(self, layout: QVBoxLayout, data: TimelineData, position: int) -> None:
        """How sure the dataset is of this event, and its note (the reason, the fact base's words)."""
        doubt = data.confidence_text(position)
        note = data.notes[position]
        if doubt:
            mark = _label(translate("EventDetailPanel", "? {doubt}: do not take this date or fact as settled.")
                          .format(doubt=doubt[:1].upper() + doubt[1:]), name="eventConfidence")
            set_role(mark, "warning")
            layout.addWidget(mark)
        if note:
            layout.addWidget(_heading(translate("EventDetailPanel", "Note")))
            layout.addWidget(_label(note, name="eventNote"))

    def _add_participants(self, layout: QVBoxLayout, data: TimelineData, event_id: str) -> None:
        people = data.dataset.event_participants(event_id)
        layout.addWidget(_heading(translate("EventDetailPanel", "Participants ({count})").format(count=len(people))
                                  if len(people) else translate("EventDetailPanel", "Participants")))
        if people.empty:
            none = _label(translate("EventDetailPanel", "No participants are recorded for this event."))
            set_role(none, "muted")
            layout.addWidget(none)
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for line, person in enumerate(people.itertuples(index=False)):
            person_id = str(person.person_id)
            button = QPushButton(i18n.mnemonic_safe(person.name))  # an '&' in a name is shown, not a shortcut
            button.setObjectName(f"participant_{person_id}")
            button.setProperty("personName", str(person.name))
            button.setAccessibleName(translate("EventDetailPanel", "Select {name}").format(name=person.name))
            button.setToolTip(i18n.plain_tooltip(
                translate("EventDetailPanel", "Select {name} in every tab and highlight their events").format(name=person.name)))
            button.setCheckable(True)
            button.setChecked(person_id == self.person_id)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            set_role(button, "link")
            button.clicked.connect(lambda _=False, p=person_id: self._participant_clicked(p))
            self.participant_buttons[person_id] = button
            details = [str(v).strip() for v in (person.participant_role, person.role, person.organisation)]
            role = details[0]
            position_text = ", ".join(v for v in details[1:] if v)
            description = " · ".join(v for v in (role, position_text) if v)
            grid.addWidget(button, line, 0, Qt.AlignmentFlag.AlignTop)
            info = _label(description)
            set_role(info, "secondary")
            grid.addWidget(info, line, 1)
        layout.addLayout(grid)
        self.show_person_button = QPushButton()
        self.show_person_button.setObjectName("showInPeopleButton")
        self.show_person_button.setAccessibleName(
            translate("EventDetailPanel", "Show the selected person in People & awards"))
        self.show_person_button.clicked.connect(self._show_person)
        row = QHBoxLayout()
        row.addWidget(self.show_person_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._update_show_person()

    def _add_sources(self, layout: QVBoxLayout, data: TimelineData, source_ids: str) -> None:
        sources = data.dataset.sources_for(source_ids)
        layout.addWidget(_heading(translate("EventDetailPanel", "Sources ({count})").format(count=len(sources))))
        if sources.empty:
            layout.addWidget(_label(translate("EventDetailPanel", "No source could be resolved for this event.")))
            return
        for source in sources.itertuples(index=False):
            source_id = str(source.source_id)
            box = QFrame()
            box.setObjectName(f"source_{source_id}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            set_role(box, "card")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(3)
            published = format_partial_date(source.published_start, source.published_precision)
            meta = " · ".join(v for v in (str(source.publisher).strip(), published) if v)
            if meta:
                meta_label = _label(meta)
                set_role(meta_label, "small-muted")
                inner.addWidget(meta_label)
            text, supplied = shown_title(source.title)
            title = _label(text, name="sourceTitle")
            title.setStyleSheet("font-weight: bold;")
            inner.addWidget(title)
            if supplied:
                note = _label(translate("Sources", SUPPLIED_TITLE_NOTE), name="suppliedTitleNote")
                set_role(note, "small-muted")
                inner.addWidget(note)
            quote = str(source.quote).strip()
            if quote:
                quote_label = _label(f"“{quote}”", name="sourceQuote")
                set_role(quote_label, "quote")
                inner.addWidget(quote_label)
            url = str(source.url).strip()
            if url:
                self.source_buttons[source_id] = self._link_button(source_id, url)
                inner.addWidget(self.source_buttons[source_id])
            layout.addWidget(box)
            self.source_boxes[source_id] = box

    def _link_button(self, source_id: str, url: str) -> QPushButton:
        web = is_web_link(url)
        button = QPushButton(i18n.mnemonic_safe(f"{_short_link(url)} ↗" if web else url))
        button.setObjectName(f"sourceLink_{source_id}")
        button.setAccessibleName(translate("EventDetailPanel", "Open source {id} in the browser").format(id=source_id))
        set_role(button, "link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(i18n.plain_tooltip(
            url if web else f"{url}\n" + translate("EventDetailPanel", "Only web links (http, https) are opened.")))
        button.setEnabled(web)
        button.setProperty("url", url)
        button.clicked.connect(lambda _=False, u=url: self._open_link(u))
        return button

    # -- actions ---------------------------------------------------------------------------
    def set_person(self, person_id: str | None) -> None:
        """The person selected in the shared selection (checked among the participants)."""
        self.person_id = person_id
        for pid, button in self.participant_buttons.items():
            button.setChecked(pid == person_id)
        self._update_show_person()

    def _participant_clicked(self, person_id: str) -> None:
        self.set_person(person_id)
        self.personClicked.emit(person_id)

    def _update_show_person(self) -> None:
        button = self.show_person_button
        if button is None:
            return
        chosen = self.participant_buttons.get(self.person_id or "")
        button.setVisible(chosen is not None)
        if chosen is not None:
            button.setText(translate("EventDetailPanel", "Show {name} in People && awards →").format(name=chosen.text()))

    def _show_person(self) -> None:
        if self.person_id:
            self.showPersonRequested.emit(self.person_id)

    def _open_link(self, url: str) -> None:
        if not open_web_link(url):
            show_error(self, translate("EventDetailPanel", "Link not opened"),
                       translate("EventDetailPanel", "The link could not be opened in a web browser:") + f"\n{url}")

