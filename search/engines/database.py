"""The database engine: SQLite FTS5 or PostgreSQL full text, no server needed.

Words are stemmed in Python (``search.text``) before they are stored, so both
databases hold the same terms and neither stems again: the FTS5 table uses a
plain tokenizer and PostgreSQL the ``simple`` configuration. The full-text
table (``search_fts``, created by the migration) holds a text's title terms,
its body terms and the folded title words that autocomplete matches by prefix.

Each page text has one full-text row (its ``SearchText`` id), shared by the
documents of every visitor language shown that text, so a word is matched
once per text rather than once per visitor language.

One search is one statement over one materialised set of matching documents:
the page of hits, and every facet count plus the total in a single UNION.
"""

import logging
from collections import defaultdict
from difflib import SequenceMatcher

from django.db import connection, transaction
from django.db.models.functions import Length
from django.utils import timezone

from search.models import (
    SearchDocument,
    SearchDocumentTheme,
    SearchText,
    SearchWord,
)
from search.snippets import best_snippet, query_stems
from search.text import query_units, stem, terms, words
from search.types import (
    FACETS,
    SORT_NEWEST,
    SORT_UPCOMING,
    Hit,
    SearchQuery,
    SearchResults,
)

logger = logging.getLogger("search.database")

DOCUMENTS = SearchDocument._meta.db_table
THEMES = SearchDocumentTheme._meta.db_table
COLUMNS = {"type": "page_type", "district": "district", "status": "status"}
COLUMNS |= {"kind": "kind", "year": "year"}
TITLE_WEIGHT = 4.0


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# Writing ------------------------------------------------------------------


def replace_documents(keys, documents: list[tuple]) -> list[SearchDocument]:
    """Replaces the documents of the translation ``keys`` by ``documents``
    ([(unsaved SearchDocument, theme slugs)]) and returns the saved ones."""
    with transaction.atomic():
        delete_documents(keys)
        return insert_documents(documents)


def delete_documents(keys) -> None:
    """Deletes the texts, documents and full-text rows of the ``keys``."""
    texts = SearchText.objects.filter(translation_key__in=keys)
    ids = list(texts.values_list("id", flat=True))
    with connection.cursor() as cursor:
        for chunk in chunks(ids, 500):
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(
                f"DELETE FROM search_fts WHERE {fts_id()} IN ({marks})", chunk
            )
    for chunk in chunks(ids, 500):
        # Key lookups only: a join inside the DELETE let PostgreSQL choose a
        # nested loop over tables it had no statistics for yet (a new
        # database, a long transaction), 16 s a page while loading the demo.
        documents = SearchDocument.objects.filter(text__in=chunk)
        document_ids = list(documents.values_list("id", flat=True))
        SearchDocumentTheme.objects.filter(document__in=document_ids).delete()
        SearchDocument.objects.filter(id__in=document_ids).delete()
        SearchText.objects.filter(id__in=chunk).delete()


@transaction.atomic
def insert_documents(documents: list[tuple]) -> list[SearchDocument]:
    """Saves ``documents`` ([(unsaved SearchDocument, theme slugs)]) with one
    text and full-text row per page and language of the text."""
    texts = {}  # the Dutch documents that stand in for translations share one
    for document, _themes in documents:
        texts.setdefault(text_key(document), document)
    saved_texts = SearchText.objects.bulk_create(
        SearchText(translation_key=key, language=language) for key, language in texts
    )
    text_of = dict(zip(texts, saved_texts, strict=True))
    for document, _themes in documents:
        document.text = text_of[text_key(document)]
    saved = SearchDocument.objects.bulk_create([document for document, _ in documents])
    SearchDocumentTheme.objects.bulk_create(
        SearchDocumentTheme(document=document, theme=theme)
        for document, (_unsaved, themes) in zip(saved, documents, strict=True)
        for theme in themes
    )
    insert_fts_rows([(text_of[key].pk, texts[key]) for key in texts])
    remember_words(list(texts.values()))
    return saved


def text_key(document: SearchDocument) -> tuple:
    return (document.translation_key, document.content_language)


def insert_fts_rows(rows: list[tuple[int, SearchDocument]]) -> None:
    """Writes the full-text row of each (text id, a document showing it)."""
    values = [(pk, *fts_texts(document)) for pk, document in rows]
    if is_postgres():
        sql = (
            "INSERT INTO search_fts (id, vector, prefix) VALUES (%s, "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B'), to_tsvector('simple', %s))"
        )
    else:
        sql = (
            "INSERT INTO search_fts (rowid, title, body, prefix) "
            "VALUES (%s, %s, %s, %s)"
        )
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def fts_texts(document: SearchDocument) -> tuple[str, str, str]:
    """Returns the title terms, body terms and title words of ``document``."""
    language = document.content_language
    body = f"{document.summary}\n{document.body}"
    return (
        " ".join(terms(document.title, language)),
        " ".join(terms(body, language)),
        " ".join(words(document.title, language)),
    )


def remember_words(documents: list[SearchDocument]) -> None:
    """Adds the documents' words to the vocabulary used to correct typing."""
    texts = [f"{d.title} {d.summary} {d.body}" for d in documents]
    vocabulary = {w for text in texts for w in words(text) if 3 <= len(w) <= 60}
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in vocabulary], ignore_conflicts=True
    )


def clear() -> None:
    """Deletes every document (used by the rebuild and the benchmark)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_fts")
        cursor.execute(f"DELETE FROM {THEMES}")
        cursor.execute(f"DELETE FROM {DOCUMENTS}")
        cursor.execute(f"DELETE FROM {SearchText._meta.db_table}")
        cursor.execute(f"DELETE FROM {SearchWord._meta.db_table}")


def flush_index() -> None:
    """Merges the pending entries of PostgreSQL's GIN indexes into them, which
    every search would otherwise scan in full; called after a rebuild."""
    if not is_postgres():
        return
    with connection.cursor() as cursor:
        for index in ("search_fts_vector", "search_fts_prefix"):
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])


def fts_id() -> str:
    return "id" if is_postgres() else "rowid"


def chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Reading ------------------------------------------------------------------


class DatabaseEngine:
    """Searches the document table with the database's own full-text index."""

    name = "database"

    def search(self, query: SearchQuery) -> SearchResults:
        units = query_units(query.text, query.language)
        results = self.run(query, units)
        if results.total or not units:
            return results
        corrected = correct_spelling(units)
        if corrected == [unit.text for unit in units]:
            return results
        text = " ".join(corrected)
        results = self.run(query, query_units(text, query.language))
        results.corrected_text = text if results.total else ""
        return results

    def run(self, query: SearchQuery, units: list) -> SearchResults:
        match = match_expression(units, query.language)
        with connection.cursor() as cursor:
            cursor.execute(*MatchingSet(query, match).statement())
            rows = cursor.fetchall()
        hit_rows = sorted((row[2], int(row[1])) for row in rows if row[0] == "_hit")
        ids = [pk for _position, pk in hit_rows]
        documents = SearchDocument.objects.in_bulk(ids)
        stems = query_stems(units, (query.language, "nl"))
        hits = [to_hit(documents[pk], stems) for pk in ids if pk in documents]
        total, facets = facet_counts(row for row in rows if row[0] != "_hit")
        return SearchResults(query=query, hits=hits, total=total, facets=facets)

    def suggest(self, text: str, language: str, limit: int = 8) -> list[dict]:
        """Returns up to ``limit`` {"title", "url"} whose title has words
        starting with the words of ``text``."""
        typed = words(text, language)[:6]
        if not typed:
            return []
        sql, params = suggest_sql(typed, language, limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [{"title": title, "url": url} for title, url in cursor.fetchall()]


def to_hit(document: SearchDocument, stems: set[str]) -> Hit:
    language = document.content_language
    return Hit(
        title=document.title,
        url=document.url,
        type=document.page_type,
        language=language,
        snippet=best_snippet(document.summary, document.body, stems, language),
        start=document.start,
    )


def facet_counts(rows) -> tuple[int, dict]:
    total, facets = 0, defaultdict(list)
    for facet, value, count in rows:
        if facet == "_total":
            total = count
        elif value not in (None, ""):
            facets[facet].append((str(value), count))
    for values in facets.values():
        values.sort(key=lambda item: (-item[1], item[0]))
    return total, dict(facets)


# Query building -----------------------------------------------------------


def match_expression(units: list, language: str) -> str:
    """Returns the full-text query: every unit must match (AND), through any
    of its forms (OR): the stems in the query's language and in Dutch, since
    untranslated pages are searched in Dutch, and its synonyms."""
    clauses = [
        sorted(
            {
                phrase_term(phrase, lang)
                for phrase in unit_phrases(unit)
                for lang in {language, "nl"}
            }
        )
        for unit in units
    ]
    joiner, either = (" & ", " | ") if is_postgres() else (" AND ", " OR ")
    return joiner.join(f"({either.join(clause)})" for clause in clauses)


def unit_phrases(unit) -> list[tuple]:
    return [unit.words, *unit.alternatives]


def phrase_term(phrase: tuple, language: str) -> str:
    stems = [stem(word, language) for word in phrase]
    if is_postgres():
        return "(" + " <-> ".join(f"'{s}'" for s in stems) + ")"
    return '"' + " ".join(stems) + '"'


class MatchingSet:
    """The SQL of one search, one statement: the texts that match the query
    (``f``), then a materialised set ``m`` of the documents in the query's
    language showing them (with a flag for the theme filter, the one facet
    with several values a document), then the page of hits, the total and each
    facet's counts, each under the filters of the other facets.

    SQLite ranks every matching text (``bm25()`` only works inside the
    full-text query); PostgreSQL ranks only the documents left by the filters.
    """

    def __init__(self, query: SearchQuery, match: str):
        self.query = query
        self.match = match

    def cte(self) -> tuple[str, list]:
        themes = sorted(self.query.filters.get("theme", ()))
        theme_ok, params = "(1 = 1)", []
        if themes:
            marks = ", ".join(["%s"] * len(themes))
            # OFFSET 0 keeps PostgreSQL from answering the EXISTS with a hash
            # of every document of these themes, which grows with the table;
            # a lookup per match grows with the matches.
            theme_ok = (
                f"EXISTS (SELECT 1 FROM {THEMES} t WHERE t.document_id = d.id "
                f"AND t.theme IN ({marks}) LIMIT 1 OFFSET 0)"
            )
            params = themes
        columns = (
            "d.id, d.text_id, d.page_type, d.district, d.status, d.kind, d.year, "
            f'd.published_at, d.start, d."end", {theme_ok} AS theme_ok'
        )
        if not self.match:
            sql = (
                f"WITH m AS MATERIALIZED (SELECT {columns}, 0 AS score "
                f"FROM {DOCUMENTS} d WHERE d.language = %s) "
            )
            return sql, [*params, self.query.language]
        texts, text_params = self.matching_texts()
        sql = (
            f"WITH f AS MATERIALIZED ({texts}), m AS MATERIALIZED (SELECT {columns}, "
            f"f.score AS score FROM f JOIN {DOCUMENTS} d ON d.text_id = f.text_id "
            "WHERE d.language = %s) "
        )
        return sql, [*text_params, *params, self.query.language]

    def matching_texts(self) -> tuple[str, list]:
        """Returns the SQL of the ids (and, on SQLite, scores) of the texts
        that match."""
        if is_postgres():
            sql = (
                "SELECT id AS text_id, 0 AS score FROM search_fts "
                "WHERE vector @@ to_tsquery('simple', %s)"
            )
        else:
            sql = (
                "SELECT rowid AS text_id, "
                f"-bm25(search_fts, {TITLE_WEIGHT}, 1.0, 0.0) AS score "
                "FROM search_fts WHERE search_fts MATCH %s"
            )
        return sql, [self.match]

    def where(self, skip: str = "") -> tuple[str, list]:
        """Returns the conditions of every facet filter but ``skip``'s."""
        conditions, params = ["1 = 1"], []
        for facet, values in sorted(self.query.filters.items()):
            if facet == skip or not values:
                continue
            if facet == "theme":
                conditions.append("m.theme_ok")
                continue
            values = sorted(values)
            conditions.append(
                f"m.{COLUMNS[facet]} IN ({', '.join(['%s'] * len(values))})"
            )
            params += [int(v) for v in values] if facet == "year" else values
        return " AND ".join(conditions), params

    def statement(self) -> tuple[str, list]:
        """Returns rows (kind, value, number): ("_hit", id, position) for the
        page of hits, ("_total", "", count), and (facet, value, count)."""
        cte, params = self.cte()
        parts = [self.page_part(params)]
        where, where_params = self.where()
        parts.append(f"SELECT '_total', '', COUNT(*) FROM m WHERE {where}")
        params += where_params
        for facet in FACETS:
            where, where_params = self.where(skip=facet)
            parts.append(self.count_part(facet, where))
            params += where_params
        return cte + " UNION ALL ".join(parts), params

    def page_part(self, params: list) -> str:
        where, where_params = self.where()
        order, order_params = self.order()
        params += [*order_params, *where_params, *order_params]
        params += [self.query.page_size, self.query.offset]
        join = "JOIN search_fts s ON s.id = m.text_id" if "s.vector" in order else ""
        return (
            "SELECT * FROM (SELECT '_hit', CAST(m.id AS VARCHAR(20)), "
            f"ROW_NUMBER() OVER (ORDER BY {order}) FROM m {join} WHERE {where} "
            f"ORDER BY {order} LIMIT %s OFFSET %s) hits"
        )

    def count_part(self, facet: str, where: str) -> str:
        if facet == "theme":
            return (
                f"SELECT 'theme', t.theme, COUNT(*) FROM m JOIN {THEMES} t "
                f"ON t.document_id = m.id WHERE {where} GROUP BY t.theme"
            )
        column = COLUMNS[facet]
        return (
            f"SELECT '{facet}', CAST(m.{column} AS VARCHAR(255)), COUNT(*) FROM m "
            f"WHERE {where} GROUP BY m.{column}"
        )

    def order(self) -> tuple[str, list]:
        newest = "m.published_at DESC, m.id DESC"
        if self.query.sort == SORT_UPCOMING:
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            upcoming = 'CASE WHEN m."end" >= %s THEN 0 ELSE 1 END'
            soonest = 'CASE WHEN m."end" >= %s THEN m.start END'
            return f"{upcoming}, {soonest}, {newest}", [now, now]
        if self.query.sort == SORT_NEWEST or not self.match:
            return newest, []
        if is_postgres():
            rank = "ts_rank(s.vector, to_tsquery('simple', %s))"
            return f"{rank} DESC, {newest}", [self.match]
        return f"m.score DESC, {newest}", []


def suggest_sql(typed: list[str], language: str, limit: int) -> tuple[str, list]:
    if is_postgres():
        match = " & ".join(f"'{word}':*" for word in typed)
        sql = (
            f"SELECT d.title, d.url FROM {DOCUMENTS} d "
            "JOIN search_fts f ON f.id = d.text_id WHERE d.language = %s "
            "AND f.prefix @@ to_tsquery('simple', %s) "
            "ORDER BY length(d.title), d.title LIMIT %s"
        )
    else:
        match = " ".join(f'prefix : "{word}" *' for word in typed)
        sql = (
            f"SELECT d.title, d.url FROM search_fts JOIN {DOCUMENTS} d "
            "ON d.text_id = search_fts.rowid "
            "WHERE d.language = %s AND search_fts MATCH %s "
            "ORDER BY length(d.title), d.title LIMIT %s"
        )
    return sql, [language, match, limit]


# Typing mistakes ----------------------------------------------------------


def correct_spelling(units: list) -> list[str]:
    """Returns the query's words, each unknown one replaced by the closest
    known word (at most one edit in short words, two in longer ones)."""
    return [
        unit.text if unit.alternatives else closest_word(unit.text) for unit in units
    ]


def closest_word(word: str) -> str:
    if len(word) < 4 or SearchWord.objects.filter(word=word).exists():
        return word
    allowed = 1 if len(word) < 7 else 2
    candidates = (
        SearchWord.objects.annotate(length=Length("word"))
        .filter(
            word__startswith=word[0],
            length__range=(len(word) - allowed, len(word) + allowed),
        )
        .values_list("word", flat=True)[:5000]
    )
    scored = [
        (
            edit_distance(word, candidate),
            -SequenceMatcher(None, word, candidate).ratio(),
            candidate,
        )
        for candidate in candidates
    ]
    best = min(scored, default=None)
    return best[2] if best and best[0] <= allowed else word


def edit_distance(a: str, b: str) -> int:
    """Returns the optimal string alignment distance (swaps count once)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous2
                and i > 1
                and j > 1
                and char_a == b[j - 2]
                and a[i - 2] == char_b
            ):
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]
