"""Themes: the curated tags that initiatives and events are filed under."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase


class Theme(TagBase):
    """A theme such as "bike safety" or "loneliness", picked from a curated list.

    Editors choose existing themes only (``free_tagging = False``), so the facets
    of listings and search stay clean. The slug is the same in every language;
    the name is Dutch, with French and English labels beside it. Registered as
    a snippet in ``wagtail_hooks``.
    """

    free_tagging = False

    name_fr = models.CharField(_("name in French"), max_length=100, blank=True)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def label(self, language=None):
        """Returns the theme's name in ``language`` (default: the active one)."""
        language = (language or get_language() or "nl")[:2]
        translated = {"fr": self.name_fr, "en": self.name_en}.get(language)
        return translated or self.name

    def __str__(self):
        return self.label()
