"""The behaviour residents rely on, the same on every engine."""

import pytest
from django.db.models import Count
from wagtail.models import PageViewRestriction

from civic.models import EventPage, InitiativePage
from search.documents import INDEXED_FIELDS
from search.models import SearchDocument
from search.types import SearchQuery
from tests.search.conftest import publish, translate_tree
from tests.utils import make_district, make_initiative, translate

pytestmark = pytest.mark.django_db


def titles(engine, text="", **options):
    results = engine.search(SearchQuery(text=text, **options))
    return {hit.title for hit in results.hits}


def test_dutch_plural_finds_the_singular(content):
    found = titles(content["engine"], "fietsen")

    assert "Een fiets voor iedereen" in found


def test_dutch_singular_finds_the_plural(content):
    found = titles(content["engine"], "fiets")

    assert {"Fietsherstel in de buurt", "Fietsenmarkt"} <= found


def test_words_without_accents_find_accented_words(content):
    assert titles(content["engine"], "cafe") == {"Café De Kring"}
    assert titles(content["engine"], "CAFÉ") == {"Café De Kring"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vélo", "fr", "Een fiets voor iedereen"),
        ("bike", "en", "Een fiets voor iedereen"),
        ("plaine de jeux", "fr", "Nieuw speelplein"),
        ("playground", "en", "Nieuw speelplein"),
    ],
)
def test_civic_synonyms_find_dutch_pages(content, text, language, expected):
    assert expected in titles(content["engine"], text, language=language)


def test_a_small_typo_still_finds_the_page(content):
    assert "Nieuw speelplein" in titles(content["engine"], "speelpelin")


def test_every_word_must_match(content):
    assert titles(content["engine"], "fiets iedereen") == {"Een fiets voor iedereen"}


def test_stopwords_in_a_query_are_not_required(content):
    assert "Nieuw speelplein" in titles(content["engine"], "een speelplein in marke")


def test_snippet_highlights_the_matching_words(content):
    results = content["engine"].search(SearchQuery(text="eenzaamheid"))

    assert "<mark>eenzaamheid</mark>" in results.hits[0].snippet


def test_snippet_escapes_markup(content):
    page = content["cafe"]
    page.summary = "Koffie <script>alert(1)</script> & taart voor < 5 euro"
    publish(page)

    snippet = content["engine"].search(SearchQuery(text="koffie")).hits[0].snippet

    assert "<script>" not in snippet
    assert "&amp; taart voor &lt; 5 euro" in snippet


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"district": {"heule"}}, {"Fietsherstel in de buurt", "Fietsenmarkt"}),
        (
            {"district": {"heule", "marke"}},
            {"Fietsherstel in de buurt", "Een fiets voor iedereen", "Fietsenmarkt"},
        ),
        ({"district": {"heule"}, "type": {"initiative"}}, {"Fietsherstel in de buurt"}),
        ({"theme": {"mobiliteit"}, "kind": {"wish"}}, {"Een fiets voor iedereen"}),
        ({"status": {"realised"}}, set()),
    ],
)
def test_filters_combine_and_across_or_within(content, filters, expected):
    filters = {name: frozenset(values) for name, values in filters.items()}

    assert titles(content["engine"], "fiets", filters=filters) == expected


def test_facet_counts_equal_the_orm_counts(content):
    filters = {"type": frozenset({"initiative"}), "district": frozenset({"heule"})}

    results = content["engine"].search(SearchQuery(filters=filters))

    initiatives = (
        InitiativePage.objects.live().public().filter(locale__language_code="nl")
    )
    in_heule = initiatives.filter(district__slug="heule")
    statuses = dict(in_heule.values_list("status").annotate(n=Count("pk")))
    districts = dict(
        initiatives.values_list("district__slug").annotate(n=Count("pk")).order_by()
    )
    assert dict(results.facets["status"]) == statuses
    assert dict(results.facets["district"]) == districts
    assert results.total == in_heule.count()


def test_type_counts_equal_the_orm_counts(content):
    results = content["engine"].search(SearchQuery(text="fietsen"))

    assert dict(results.facets["type"]) == {"initiative": 2, "event": 1}
    assert EventPage.objects.live().filter(title="Fietsenmarkt").count() == 1


def test_draft_pages_are_never_found(content):
    draft = make_initiative(
        content["initiatives"], "Geheime fietsenstalling", live=False
    )
    draft.save_revision()

    assert "Geheime fietsenstalling" not in titles(content["engine"], "fietsenstalling")


def test_unpublished_changes_of_a_live_page_are_not_found(content):
    page = content["bike"]
    page.title = "Bakfiets te leen"
    page.save_revision()

    assert titles(content["engine"], "bakfiets") == set()
    assert "Een fiets voor iedereen" in titles(content["engine"], "fiets")


def test_unpublished_pages_are_no_longer_found(content):
    content["bike"].unpublish()

    assert "Een fiets voor iedereen" not in titles(content["engine"], "fiets")


def test_private_pages_are_never_found(content):
    PageViewRestriction.objects.create(
        page=content["bike"], restriction_type="password", password="x"
    )

    assert "Een fiets voor iedereen" not in titles(content["engine"], "fiets")


def test_deleted_pages_are_no_longer_found(content):
    content["bike"].delete()

    assert "Een fiets voor iedereen" not in titles(content["engine"], "fiets")


def test_moved_pages_are_found_at_their_new_url(content):
    page = content["bike"]

    page.move(content["events"], pos="last-child")

    hits = content["engine"].search(SearchQuery(text="iedereen")).hits
    assert [hit.url for hit in hits] == [InitiativePage.objects.get(pk=page.pk).url]
    assert hits[0].url.startswith(content["events"].url)


def test_untranslated_pages_are_found_in_dutch_by_french_visitors(content):
    translate_tree(content, "fr")
    french = translate(content["bike"], "fr", "Un vélo pour tous")
    publish(french)

    hits = content["engine"].search(SearchQuery(text="velo", language="fr")).hits

    languages = {hit.title: hit.language for hit in hits}
    assert languages["Un vélo pour tous"] == "fr"
    assert languages["Fietsherstel in de buurt"] == "nl"
    assert "Een fiets voor iedereen" not in languages


def test_dutch_visitors_do_not_see_french_translations(content):
    translate_tree(content, "fr")
    publish(translate(content["bike"], "fr", "Un vélo pour tous"))

    assert "Un vélo pour tous" not in titles(content["engine"], "velo")


def test_newest_first(content):
    found = content["engine"].search(SearchQuery(text="fiets", sort="newest")).hits

    assert [hit.title for hit in found][0] == "Fietsenmarkt"


def test_upcoming_events_come_first(content):
    found = content["engine"].search(SearchQuery(text="fietsen", sort="upcoming")).hits

    assert found[0].title == "Fietsenmarkt"


def test_upcoming_first_with_filters(content):
    filters = {"district": frozenset({"heule"})}

    found = content["engine"].search(
        SearchQuery(text="fietsen", sort="upcoming", filters=filters)
    )

    assert [hit.title for hit in found.hits] == [
        "Fietsenmarkt",
        "Fietsherstel in de buurt",
    ]


def test_pages_of_results(content):
    first = content["engine"].search(SearchQuery(text="fiets", page_size=2))
    second = content["engine"].search(SearchQuery(text="fiets", page_size=2, page=2))

    assert first.total == second.total == 3
    assert len(first.hits) == 2 and len(second.hits) == 1
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}


def test_autocomplete_suggests_titles_by_any_word_start(content):
    suggested = [item["title"] for item in content["engine"].suggest("spee", "nl")]

    assert suggested == ["Nieuw speelplein"]


@pytest.mark.parametrize(
    "text",
    [
        '"fiets',
        "fiets:herstel",
        "(fiets OR) AND",
        "fi*ts?",
        "~fiets^2",
        "NOT NEAR(",
        "x" * 10_000,
        "自行车",
        "-- ' OR 1=1",
        "{}[]\\/<>",
    ],
)
def test_search_syntax_and_odd_input_never_break_the_engine(content, text):
    results = content["engine"].search(SearchQuery(text=text))

    assert results.total >= 0


def test_documents_hold_only_the_listed_fields(content):
    fields = {field.name for field in SearchDocument._meta.concrete_fields}

    assert fields == {"id", *INDEXED_FIELDS}


def test_district_workers_contact_data_is_never_indexed(content):
    district = content["heule"]
    district.contacts.create(
        name="Jana Peeters", email="jana@example.org", phone="056 12"
    )
    publish(district)

    for text in ("jana@example.org", "Peeters", "056"):
        assert titles(content["engine"], text) == set()


def test_new_districts_become_facet_values(content):
    bissegem = publish(make_district(content["districts"], "Bissegem"))
    publish(make_initiative(content["initiatives"], "Fietsbus", district=bissegem))

    results = content["engine"].search(SearchQuery(text="fietsbus"))

    assert results.facets["district"] == [("bissegem", 1)]
