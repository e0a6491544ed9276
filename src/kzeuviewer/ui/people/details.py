"""The detail panel of the People tab: one person's roles, awards (with sources) and events."""

from __future__ import annotations

from html import escape

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from kzeuviewer.model import Dataset, format_date_range, format_partial_date
from kzeuviewer.model.display import DETAIL_CHARS, clip
from kzeuviewer.model.sources import SUPPLIED_TITLE_NOTE, shown_title
from kzeuviewer.model.timeline import CONFIDENCE_LABELS

from .. import i18n
from ..common.dialogs import is_web_link, open_web_link
from ..i18n import translate
from ..style import css, on_theme_changed, theme

_EVENT_ROLE = Qt.ItemDataRole.UserRole


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return clip(str(value).strip(), DETAIL_CHARS)


def _sources_html(dataset: Dataset, source_ids: str) -> str:
    """Each source as publisher, linked title, date and its quote."""
    sources = dataset.sources_for(_text(source_ids))
    if sources.empty:
        return ""
    items = []
    for source in sources.itertuples(index=False):
        text, supplied = shown_title(_text(source.title))
        note = translate("Sources", SUPPLIED_TITLE_NOTE).rstrip(".").lower()
        title = escape(text) + (f" <i>({escape(note)})</i>" if supplied else "")
        url = _text(source.url)
        linked = f'<a href="{escape(url, quote=True)}">{title}</a>' if is_web_link(url) else title
        published = format_partial_date(source.published_start, source.published_precision)
        head = " · ".join(p for p in (escape(_text(source.publisher)), linked, escape(published)) if p)
        quote = _text(source.quote)
        quote_html = f'<br><span style="color:{css(theme().muted_text)}"><i>“{escape(quote)}”</i></span>' if quote else ""
        items.append(f"<li>{head}{quote_html}</li>")
    return f'<ul style="margin-top:2px">{"".join(items)}</ul>'


def _award_title(award) -> str:
    degree = _text(award.degree)
    name = _text(award.award)
    if degree and degree[:1].isdigit():
        return translate("PersonDetails", "{award}, {degree} degree").format(award=name, degree=degree)
    return f"{name} ({degree})" if degree else name


def _confidence_word(value: str) -> str:
    """A confidence value of the dataset's vocabulary in the interface language; other text as it is."""
    return translate("Confidence", CONFIDENCE_LABELS[value]) if value in CONFIDENCE_LABELS else value


class PersonDetails(QWidget):
    """Shows one person; ``eventActivated(event_id)`` when an attended event is clicked."""

    eventActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.person_id: str | None = None
        self._shown: tuple | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("personName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # dataset text is never markup
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.note_label = QLabel()
        self.note_label.setObjectName("personNote")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setEnabled(False)
        self.text = QTextBrowser()
        self.text.setObjectName("personDetails")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(lambda url: open_web_link(url.toString()))
        self.events_label = QLabel()
        self.events_label.setTextFormat(Qt.TextFormat.RichText)
        self.events = QListWidget()
        self.events.setObjectName("personEvents")
        self.events.setWordWrap(True)
        self.events.setAlternatingRowColors(True)
        self.events.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap long titles on resize
        self.events.itemClicked.connect(self._activate)
        self.events.itemActivated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.events_label)
        layout.addWidget(self.events, 2)
        layout.addStretch(0)  # takes the space while nothing is selected
        self._last = (None, None, 1, False)
        i18n.keep(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the panel in the current language (the person shown is built again)."""
        self.text.setAccessibleName(translate("PersonDetails", "Roles and awards of the selected person, with sources"))
        self.events.setAccessibleName(
            translate("PersonDetails", "Events the selected person attended; click one to show it in the timeline"))
        self.events.setToolTip(translate("PersonDetails", "Click an event to select it and show it in the Timeline"))
        self.events_label.setText("<b>" + translate("PersonDetails", "Events attended") + "</b>")
        self._shown = None
        self.show_person(*self._last)
        on_theme_changed(self._theme_changed)

    def _theme_changed(self, _theme) -> None:
        # Rich text keeps the colours it was set with (links too): set it again.
        self._shown = None
        self.show_person(*self._last)

    def _activate(self, item: QListWidgetItem) -> None:
        event_id = item.data(_EVENT_ROLE)
        if event_id:
            self.eventActivated.emit(event_id)

    def show_person(self, dataset: Dataset | None, person_id: str | None, selected: int = 1,
                    hidden: bool = False) -> None:
        """Show ``person_id`` of ``dataset``; ``selected`` people are selected in all.

        ``hidden``: the person's rows are not in the table now (a search or a filter hides them).
        """
        shown = (id(dataset), person_id, selected, hidden)
        self._last = (dataset, person_id, selected, hidden)
        if shown == self._shown:
            return  # already on screen (the panel is rebuilt only when the person changes)
        self._shown = shown
        self._showing = (dataset, person_id, selected, hidden)
        self.person_id = person_id
        self.events.clear()
        person = dataset.person(person_id) if dataset is not None and person_id else None
        if person is None:
            self.name_label.setText(translate("PersonDetails", "No person selected"))
            self.note_label.setText(translate("PersonDetails", "Select a row to see the person's roles, awards with their sources, "
                                              "and the meetings they attended."))
            self.note_label.setVisible(True)
            self.text.setHtml("")
            self.text.setVisible(False)
            self.events_label.setVisible(False)
            self.events.setVisible(False)
            return
        self.name_label.setText(_text(person["name"]))
        notes = []
        if selected > 1:
            notes.append(translate("PersonDetails", "1 of %Ln selected people (the current row).", "", selected))
        if hidden:
            notes.append(translate("PersonDetails", "Selected, but the search or a filter hides this person's rows."))
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))
        self.text.setVisible(True)
        self.text.setHtml(self._html(dataset, person))
        self._fill_events(dataset, person_id)

    def _html(self, dataset: Dataset, person) -> str:
        role = escape(_text(person["role"]))
        organisation = escape(_text(person["organisation"]))
        side = escape(_text(person["side"]))
        # Words outside the f-strings: lupdate does not look inside them.
        role_heading = translate("PersonDetails", "Role")
        no_role = translate("PersonDetails", "role not given")
        side_word = translate("PersonDetails", "Side:")
        parts = [f"<h3 style='margin-bottom:2px'>{role_heading}</h3>"]
        parts.append(f"<p style='margin:0'>{role or '<i>' + no_role + '</i>'}"
                     f"{' — ' + organisation if organisation else ''}"
                     f"<br>{side_word} {side}</p>")
        parts.append(_sources_html(dataset, person["source_ids"]))
        awards = dataset.person_awards(self.person_id)
        parts.append("<h3 style='margin-bottom:2px'>" + translate("PersonDetails", "Awards ({count})").format(count=len(awards)) + "</h3>")
        if awards.empty:
            parts.append("<p><i>" + translate("PersonDetails", "No award from Kazakhstan in the dataset.") + "</i></p>")
        for award in awards.itertuples(index=False):
            facts = []
            date = format_partial_date(award.date_start, award.date_precision)
            if date:
                facts.append((translate("PersonDetails", "Date"), date))
            if _text(award.conferred_by):
                facts.append((translate("PersonDetails", "Conferred by"), _text(award.conferred_by)))
            event = dataset.event(_text(award.event_id)) if _text(award.event_id) else None
            if event is not None:
                facts.append((translate("PersonDetails", "Event"), _text(event["title"])))
            confidence = _text(getattr(award, "confidence", ""))
            if confidence and confidence != "confirmed":
                facts.append((translate("PersonDetails", "Confidence"),
                              _confidence_word(confidence) + (f": {_text(award.note)}" if _text(getattr(award, "note", "")) else "")))
            lines = "".join(f"<br><span style='color:{css(theme().muted_text)}'>{k}:</span> {escape(v)}" for k, v in facts)
            mark = f" <span style='color:{css(theme().warning)}'>⚠ {escape(_confidence_word(confidence))}</span>" if confidence not in ("", "confirmed") else ""
            parts.append(f"<p style='margin-bottom:0'><b>{escape(_award_title(award))}</b>{mark}{lines}</p>")
            parts.append(_sources_html(dataset, award.source_ids))
        return "".join(parts)

    def _fill_events(self, dataset: Dataset, person_id: str) -> None:
        events = dataset.person_events(person_id)
        for event in events.itertuples(index=False):
            when = format_date_range(event.date_start, event.end_date_start, event.date_precision, event.end_date_precision)
            # The person's role at this event ("host", "visitor"…), from the event's few participants.
            there = dataset.event_participants(str(event.event_id))
            roles = there.loc[there["person_id"].astype(str) == person_id, "participant_role"].astype(str).tolist()
            role = roles[0] if roles and roles[0] not in ("", "nan") else ""
            text = f"{when} — {_text(event.title)}" + (f" ({role})" if role else "")
            item = QListWidgetItem(text)
            item.setData(_EVENT_ROLE, str(event.event_id))
            item.setToolTip(i18n.plain_tooltip(f"{_text(event.title)}\n{_text(event.location)}\n"
                                               + translate("PersonDetails", "Click to show it in the Timeline")))
            self.events.addItem(item)
        self.events_label.setText("<b>" + translate("PersonDetails", "Events attended ({count})").format(count=len(events)) + "</b>")
        self.events_label.setVisible(True)
        self.events.setVisible(True)
