"""Template tags for the plugin's pages and the site's shared templates."""

import hashlib

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from civic import maps, seo
from civic.cache import cached
from civic.conf import civic_setting

register = template.Library()


def site_root_translations(request):
    """Returns {language code: live root page} for the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    pages = Page.objects.filter(translation_key__in=root_key).live()
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def page_translations(page):
    """Returns {language code: live translation} of ``page``, itself included."""
    pages = Page.objects.filter(translation_key=page.translation_key).live()
    return {p.locale.language_code: p for p in pages.select_related("locale")}


@register.simple_tag(takes_context=True)
def language_links(context):
    """Returns one link a language: to this page's translation where there is one,
    else to the home page in that language, marked ``translated=False``.

    Pages other than Wagtail pages (forms, search) link to the same path in the
    other language.
    """
    request = context["request"]
    page = context.get("page")
    links = getattr(request, "_civic_language_links", None)
    if links is None:
        links = request._civic_language_links = build_language_links(request, page)
    return links


def build_language_links(request, page):
    if not isinstance(page, Page):
        return [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.get_full_path(), code),
                "translated": True,
                "current": code == get_language(),
            }
            for code, name in settings.LANGUAGES
        ]
    return cached(
        "language-links",
        lambda: page_language_links(request, page),
        page.pk,
        request.get_host(),
    )


def page_language_links(request, page):
    translations = page_translations(page)
    roots = site_root_translations(request)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or roots.get(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request) if target else None,
                "translated": code in translations,
                "current": code == page.locale.language_code,
            }
        )
    return links


@register.simple_tag
def active_locale():
    """Returns the Locale of the active language."""
    return Locale.get_active()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """Returns the current query string with ``changes`` applied, e.g. a page."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag
def page_description(page):
    """Returns a short description of ``page`` for search engines and previews."""
    return seo.page_description(page) if page else ""


@register.simple_tag
def og_locale():
    """Returns the Open Graph locale (e.g. ``nl_BE``) of the active language."""
    return civic_setting("CIVIC_OG_LOCALES").get(get_language(), "")


@register.simple_tag(takes_context=True)
def event_json_ld(context, page):
    """Returns a schema.org ``application/ld+json`` script for an event."""
    data = seo.event_structured_data(page, context["request"])
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(seo.json_for_script(data)),  # noqa: S308 - escaped for <script>
    )


@register.simple_tag(takes_context=True)
def render_filter_form(context, form):
    """Returns ``form`` rendered by ``civic/includes/filter_form.html``.

    Rendering the choice fields costs more than a listing's queries once those
    are fast, so a form without errors is cached per the values it was sent,
    per language and until content changes: the choices come from content.
    """

    def render():
        return render_to_string(
            "civic/includes/filter_form.html", {"form": form}, context.get("request")
        )

    if form.errors:
        return render()
    values = repr([(field.name, field.value()) for field in form])
    digest = hashlib.md5(values.encode(), usedforsecurity=False).hexdigest()
    return cached("filter-form", render, type(form).__name__, digest)


@register.simple_tag(takes_context=True)
def map_config(context, places=(), boundary=""):
    """Returns the settings of a Leaflet map: tiles, the ``boundary`` GeoJSON
    text and a marker for each of ``places`` that has coordinates.
    """
    return maps.map_config(context["request"], places, boundary)


@register.filter
def located(places):
    """Returns the items of ``places`` that have coordinates."""
    return [place for place in places if place.latitude is not None]
