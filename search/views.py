"""The public search page and its autocomplete endpoint."""

from dataclasses import replace

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, get_supported_language_variant
from django.views.decorators.http import require_GET

from .adapters import type_labels
from .engines import search, suggest
from .facets import facet_groups
from .forms import MAX_QUERY, SearchForm
from .promotions import promotions

MAX_SUGGEST = 100


def visitor_language() -> str:
    return get_supported_language_variant(get_language() or "nl")


@require_GET
def search_page(request):
    """Shows the results of ``?q=`` and the facet filters; no JavaScript needed."""
    form = SearchForm(request.GET)
    language = visitor_language()
    query = form.search_query(language)
    results = search(query) if form.has_search() else None
    if results:
        labels = type_labels()
        results.hits = [
            replace(hit, type_label=labels.get(hit.type, hit.type))
            for hit in results.hits
        ]
    context = {
        "form": form,
        "query": query,
        "results": results,
        "facet_groups": facet_groups(results, query, language) if results else [],
        "promotions": promotions(query.text, language) if query.text else [],
        "max_query": MAX_QUERY,
    }
    return TemplateResponse(request, "search/search_page.html", context)


@require_GET
def autocomplete(request):
    """Returns up to eight {"title", "url"} suggestions for ``?q=`` as JSON."""
    text = request.GET.get("q", "")[:MAX_SUGGEST]
    suggestions = suggest(text, visitor_language()) if text.strip() else []
    return JsonResponse({"suggestions": suggestions})
