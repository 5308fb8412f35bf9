"""Highlighted snippets, made the same way for every engine."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import Unit, fold, stem

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def query_stems(units: list[Unit], languages: tuple[str, ...]) -> set[str]:
    """Returns the stems, in each of ``languages``, of every word a query asks
    for, its synonyms included."""
    words = set()
    for unit in units:
        for phrase in (unit.words, *unit.alternatives):
            words.update(phrase)
    return {stem(word, language) for word in words for language in languages}


def best_snippet(summary: str | None, body: str | None, stems: set, language: str):
    """Returns the snippet of the summary, or of the body where only the body
    holds a word of the query."""
    marked = snippet(summary or body or "", stems, language)
    if stems and body and "<mark>" not in marked:
        marked = snippet(f"{summary or ''} {body}", stems, language)
    return marked


def snippet(text: str, stems: set[str], language: str, length: int = 220):
    """Returns an HTML-safe excerpt of ``text`` around its first matching word,
    matching words wrapped in ``<mark>``."""
    matches = [
        match
        for match in WORD.finditer(text)
        if stem(fold(match.group()).replace("'", ""), language) in stems
    ]
    start = window_start(text, matches[0].start(), length) if matches else 0
    end = min(len(text), start + length)
    return mark(text, start, end, [m for m in matches if start <= m.start() < end])


def window_start(text: str, position: int, length: int) -> int:
    start = max(0, position - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < position else start
    return start


def mark(text: str, start: int, end: int, matches: list) -> SafeString:
    parts, cursor = ["…" if start else ""], start
    for match in matches:
        stop = min(match.end(), end)
        parts += [escape(text[cursor : match.start()]), "<mark>"]
        parts += [escape(text[match.start() : stop]), "</mark>"]
        cursor = stop
    parts.append(escape(text[cursor:end]) + ("…" if end < len(text) else ""))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped
