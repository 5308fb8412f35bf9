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


class GameDataField(Field):
    """Serializes one part of a Budget Game session's open data ("options",
    "tables", "result" or "follow_up"): no facilitators, no people. The result
    is computed once per page and shared by the parts.
    """

    def __init__(self, part, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)
        self.part = part

    def to_representation(self, page):
        from civic.budget_games.open_data import game_data
        from civic.budget_games.results import game_result

        if not hasattr(page, "_game_data"):
            page._game_data = game_data(page, game_result(page))
        return page._game_data[self.part]
