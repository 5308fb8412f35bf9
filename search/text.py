"""Words as both engines see them: folded, stemmed, with the civic synonyms.

The database engine indexes the terms this module makes; the Elasticsearch
index is defined (in ``engines/elastic.py``) with analysers that make the same
terms: standard tokens, lowercase, ASCII folding, French elision and the same
Snowball stemmers. Dutch words are stemmed twice: the Snowball Dutch stemmer
takes "fiets" to "fiet" but "fietsen" to "fiets", and a second pass brings
both to "fiet" (measured in ``docs/benchmarks/search.md``).
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer

DATA_DIR = Path(__file__).resolve().parent / "data"

# Letters and digits, with an apostrophe inside a word kept as Lucene's
# standard tokenizer keeps it ("l'école"), so French articles can be elided;
# the apostrophe is then dropped ("zo'n" -> "zon").
TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Letters that Unicode decomposition does not fold but ASCII folding does.
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l"})
FRENCH_ELISIONS = {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu"}
FRENCH_ELISIONS |= {"lorsqu", "puisqu"}

# Snowball algorithm and passes per language; "dutch_porter" is the algorithm
# of Lucene's DutchStemmer, which Elasticsearch's "dutch" stemmer uses.
STEMMING = {"nl": ("dutch_porter", 2), "fr": ("french", 1), "en": ("english", 1)}


@dataclass(frozen=True)
class Unit:
    """One thing a query asks for: a word, or a synonym group it belongs to."""

    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)


def fold(text: str) -> str:
    """Returns ``text`` in lower case without accents ("Café" -> "cafe")."""
    text = text.lower().translate(LIGATURES).translate(APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str, language: str = "nl") -> list[str]:
    """Returns the folded words of ``text``, French articles elided."""
    tokens = TOKEN.findall(fold(text))
    if language == "fr":
        tokens = [elide(token) for token in tokens]
    return [token.replace("'", "") for token in tokens]


def elide(token: str) -> str:
    head, _sep, tail = token.partition("'")
    return tail if tail and head in FRENCH_ELISIONS else token


@functools.cache
def _stemmer(language: str):
    algorithm, _passes = STEMMING.get(language, STEMMING["nl"])
    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=50_000)
def stem(word: str, language: str) -> str:
    """Returns the stem of a folded ``word`` in ``language``."""
    _algorithm, passes = STEMMING.get(language, STEMMING["nl"])
    for _pass in range(passes):
        word = _stemmer(language).stemWord(word)
    return word


def terms(text: str, language: str) -> list[str]:
    """Returns the indexed terms of ``text``: its words, stemmed, in order."""
    return [stem(word, language) for word in words(text, language)]


@functools.cache
def stopwords() -> dict[str, frozenset[str]]:
    """Returns {language: words} from ``data/stopwords.txt``."""
    lists = {}
    for line in data_lines("stopwords.txt"):
        language, _colon, listed = line.partition(":")
        lists[language.strip()] = frozenset(fold(listed).split())
    return lists


@functools.cache
def synonym_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Returns the civic synonym groups, each a tuple of folded phrases."""
    groups = []
    for line in data_lines("synonyms.txt"):
        phrases = {tuple(words(phrase)) for phrase in line.split(",")}
        groups.append(tuple(sorted(phrase for phrase in phrases if phrase)))
    return tuple(groups)


def synonym_rules() -> list[str]:
    """Returns the synonym groups as Solr-format lines, for Elasticsearch."""
    return [
        ", ".join(" ".join(phrase) for phrase in group) for group in synonym_groups()
    ]


def data_lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def query_units(text: str, language: str, max_units: int = 12) -> list[Unit]:
    """Returns what a query asks for: synonym phrases found in it (longest
    first) and its other words, without stopwords unless nothing else is left.
    """
    found = find_phrases(words(text, language))
    meaningful = [unit for unit in found if not is_stopword(unit, language)]
    return (meaningful or found)[:max_units]


def find_phrases(tokens: list[str]) -> list[Unit]:
    phrases = {phrase: group for group in synonym_groups() for phrase in group}
    longest = max((len(phrase) for phrase in phrases), default=1)
    units, position = [], 0
    while position < len(tokens):
        for size in range(min(longest, len(tokens) - position), 0, -1):
            candidate = tuple(tokens[position : position + size])
            if candidate in phrases or size == 1:
                units.append(Unit(candidate, phrases.get(candidate, ())))
                position += size
                break
    return units


def is_stopword(unit: Unit, language: str) -> bool:
    listed = stopwords().get(language, frozenset()) | stopwords().get("nl", set())
    return not unit.alternatives and unit.words[0] in listed
