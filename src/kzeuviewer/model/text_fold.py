"""Folding text for search: case, accents, and Cyrillic (Russian, Kazakh) against Latin spellings.

Two forms:

- :func:`fold` — case- and accent-insensitive ("Kęstutis" → "kestutis"); sort
  order and regular-expression search use it.
- :func:`search_key` — the *search skeleton*: one Latin spelling for a name
  however it is written, so "Боррель" finds "Josep Borrell", "нуртлеу" finds
  "Мұрат Нұртлеу" and "Достық", "достык" and "dostyk" find each other. A query
  matches a cell when the query's skeleton is a substring of the cell's.

How the skeleton is made (each step applied to query and cell alike):

1. Kazakh letters become their closest Russian ones: ә→а, ғ→г, қ→к, ң→н,
   ө→о, ұ→у, ү→у, һ→х, і→и; then case and accents are folded (``fold``; this
   also turns й into и and ё into е). Typographic quotes and dashes become
   ASCII ones.
2. Cyrillic is romanised the way English-language sources spell Russian and
   Kazakh names (BGN/PCGN-like): ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ы y,
   ю yu, я ya, э e; е is "ye" at the start of a word and after a vowel or a
   soft/hard sign (Ерлан → yerlan, Токаев → tokayev), else "e". Soft and hard
   signs are dropped (Боррель → borrel).
3. y becomes i (Dostyk/Достык, Sergey/Sergei, Aigerim/Айгерим), and a run of
   one doubled consonant becomes one (Borrell → borel, Kassym → kasim).
   Vowels and digits are never merged: "ee" still means EEAS, not every "e",
   and "2011" does not find "2012".

A query's leading е is read as "e" (it may start mid-word), so "ерлан" finds
"Ерлан", "Yerlan" and "Erlan". Limits: no phonetic rules beyond these
(Mogherini/Могерини, Kassym-Jomart/Жомарт, Hansen/Хансен and Alexander/
Александр do not meet); a doubled consonant matches a single one ("Anna" and
"Ana" are the same skeleton); other scripts (Greek, Georgian…) only get case and accents
folded. Regular expressions run on the text and its ``fold`` form, not on the
skeleton.
"""

from __future__ import annotations

import unicodedata

import numpy as np

# -- fold: case and accents -----------------------------------------------------------------
# Letters that Unicode does not decompose but a reader treats as accented.
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l"})


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return base.translate(_BASE_LETTERS)


class _FoldTable(dict):
    """``str.translate`` table that learns each character's folded form on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Kęstutis' → 'kestutis'."""
    if text.isascii():
        return text.lower()
    # Decomposing and case-folding work character by character, so a cached
    # per-character table gives the same result as normalising the whole text.
    return text.translate(_FOLD_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` and, per folded character, the index of the character it came from.

    The map is None when folding kept positions (plain ASCII), so highlight
    spans found in the folded text can be drawn on the original.
    """
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = char.translate(_FOLD_TABLE)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


# -- the search skeleton ----------------------------------------------------------------------
KAZAKH_TO_RUSSIAN = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
}
_PUNCTUATION = {
    **dict.fromkeys("‘’‚‛′ʼ", "'"), **dict.fromkeys("“”„‟″«»", '"'), **dict.fromkeys("‐‑‒–—―−", "-"),
}
# Markers inside a skeleton being built (private-use code points, never left in a result):
# GLIDE stands before the "e" of a Cyrillic е and becomes "i" unless a consonant precedes it;
# SIGN is a soft or hard sign, dropped (but it makes a following е "ye").
_GLIDE, _SIGN = "\ue000", "\ue001"
_GLIDE_CODE, _SIGN_CODE = ord(_GLIDE), ord(_SIGN)
_SEPARATOR = "\x00"  # between the values of a joined buffer; typed or stored NULs become spaces


def _key_char(char: str) -> str:
    if char in (_GLIDE, _SIGN, _SEPARATOR):
        return " "
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    lower = char.lower()
    folded = _fold_char(KAZAKH_TO_RUSSIAN.get(lower, lower))
    out = []
    for piece in folded:
        if piece == "е":
            out.append(_GLIDE + "e")
        elif piece in "ьъ":
            out.append(_SIGN)
        else:
            out.append(CYRILLIC_TO_LATIN.get(piece, piece))
    return "".join(out)


class _KeyTable(dict):
    def __missing__(self, code: int) -> str:
        key = self[code] = _key_char(chr(code))
        return key


_KEY_TABLE = _KeyTable()


def _consonant_lut() -> np.ndarray:
    lut = np.zeros(65536, dtype=bool)
    lut[[ord(c) for c in "bcdfghjklmnpqrstvwxz"]] = True
    return lut


_CONSONANT = _consonant_lut()


def _is_consonant(codes: np.ndarray) -> np.ndarray:
    return _CONSONANT[codes] if codes.dtype != np.uint32 else _CONSONANT[np.minimum(codes, np.uint32(65535))]


def _raw(text: str) -> str:
    """Step 1 and 2 per character (with markers): lower-cased, folded, romanised."""
    return text.lower() if text.isascii() else text.translate(_KEY_TABLE)


def _codes(text: str) -> np.ndarray:
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _finish(codes: np.ndarray) -> np.ndarray:
    """Resolve the markers, y → i, merge doubled consonants: many values at once, vectorised."""
    codes = codes.copy()
    if codes.dtype != np.uint8:
        glides = np.flatnonzero(codes == _GLIDE_CODE)
        if len(glides):
            previous = codes[np.maximum(glides - 1, 0)]
            after_consonant = _is_consonant(previous) & (glides > 0)
            codes[glides] = np.where(after_consonant, _SIGN_CODE, ord("i"))
    codes[codes == ord("y")] = ord("i")
    if codes.dtype != np.uint8:
        signs = codes == _SIGN_CODE
        # A doubled consonant across a sign stays double ('ль' + 'л'), as in the one-text version.
        after_sign = np.zeros(len(codes), dtype=bool)
        after_sign[1:] = signs[:-1]
        codes = codes[~signs]
        after_sign = after_sign[~signs]
    else:
        after_sign = None
    if len(codes) > 1:
        repeat = np.zeros(len(codes), dtype=bool)
        repeat[1:] = (codes[1:] == codes[:-1]) & _is_consonant(codes[1:])
        if after_sign is not None:
            repeat &= ~after_sign
        if repeat.any():
            codes = codes[~repeat]
    if codes.dtype != np.uint8 and (not len(codes) or int(codes.max()) < 128):
        codes = codes.astype(np.uint8)
    return codes


def _finish_one(raw: str, origin: list[int] | None, query: bool = False):
    """``_finish`` for one short text, in plain Python (faster than numpy below a few hundred characters).

    Kept separate on purpose: the tests check it against the vectorised one.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous = ""  # the last character written (or a marker), for the е and doubled-consonant rules
    for index, char in enumerate(raw):
        if char == _GLIDE:
            at_start = index == 0
            if (at_start and query) or (not at_start and previous in _CONSONANTS):
                char = _SIGN
            else:
                char = "i"
        elif char == "y":
            char = "i"
        if char == _SIGN or (out and char == out[-1] and previous != _SIGN and char in _CONSONANTS):
            if origin is not None and ends:
                ends[-1] = max(ends[-1], origin[index] + 1)
            previous = char
            continue
        out.append(char)
        previous = char
        if origin is not None:
            starts.append(origin[index])
            ends.append(origin[index] + 1)
    return "".join(out), starts, ends


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def search_key(text: str) -> str:
    """The search skeleton of a cell: 'Josep Borrell' → 'josep borel', 'Достық' → 'dostik'."""
    return _finish_one(_raw(text), None)[0]


def query_key(text: str) -> str:
    """The search skeleton of a query (a leading е may be mid-word, so it is read as 'e')."""
    return _finish_one(_raw(text), None, query=True)[0]


def search_key_with_spans(text: str) -> tuple[str, list[int], list[int]]:
    """``search_key(text)`` and, per skeleton character, the span [start, end) of ``text`` it stands for."""
    if text.isascii():
        raw = text.lower()
        origin = list(range(len(text)))
    else:
        pieces = [c.translate(_KEY_TABLE) for c in text]
        raw = "".join(pieces)
        origin = [index for index, piece in enumerate(pieces) for _ in piece]
    return _finish_one(raw, origin)


def key_spans(query: str, text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the ORIGINAL ``text`` where the skeleton of ``query`` matched.

    "Боррель" in "Josep Borrell" → [(6, 13)]; "s" in "Kęstutis" → [(2, 3), (7, 8)].
    """
    needle = query_key(query)
    if not needle or not text:
        return []
    key, starts, ends = search_key_with_spans(text)
    spans = []
    position = key.find(needle)
    while position >= 0:
        spans.append((int(starts[position]), int(ends[position + len(needle) - 1])))
        position = key.find(needle, position + len(needle))
    return spans


def key_buffer(values: list[str]) -> tuple[bytes, np.ndarray]:
    """Skeletons of many values (one vectorised pass), UTF-8, each followed by a NUL; and where each starts.

    UTF-8 keeps the buffer one byte per character for the usual Latin
    skeleton even when some value holds Greek or CJK text, and a substring
    found in it always starts and ends on whole characters.
    """
    joined = _SEPARATOR.join(map(_raw, values)) + _SEPARATOR
    if joined.count(_SEPARATOR) != len(values) + (not values):
        # A value holds a NUL itself: make it a space so values stay apart.
        joined = _SEPARATOR.join(_raw(v.replace(_SEPARATOR, " ")) for v in values) + _SEPARATOR
    codes = _finish(_codes(joined))
    if codes.dtype == np.uint8:
        data = codes.tobytes()
    else:
        data = codes.astype(np.uint32).tobytes().decode("utf-32-le").encode("utf-8")
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0)[: len(values)]
    starts = np.empty(len(values), dtype=np.int64)
    if len(values):
        starts[0] = 0
        starts[1:] = ends[:-1] + 1
    return data, starts
