"""Serializer fields for the read-only API (see ``civic.api``)."""

from rest_framework.fields import Field


class ThemesField(Field):
    """Serializes a page's themes as ``[{"slug": ..., "name": ...}]``, the name
    in the active language, reading prefetched themes instead of querying.
    """

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance.themes.all()

    def to_representation(self, themes):
        return [{"slug": theme.slug, "name": theme.label()} for theme in themes]
