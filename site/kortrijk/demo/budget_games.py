"""Loads the demo's Budget Games: an index page under the home page and two
sessions with options, tables, a photo of the game board and follow-up, in
Dutch, French and English.

Like the rest of the demo, pages are looked up by slug and only what is
missing is created; an existing session is left as editors have it.
"""

import datetime
from decimal import Decimal

from civic.models import (
    BudgetGameIndexPage,
    BudgetGameOption,
    BudgetGamePage,
    BudgetGamePhoto,
    BudgetGameTable,
)
from kortrijk.demo.data.budget_games import INDEX, SESSIONS
from kortrijk.demo.tree import add_published_child, find_child, translate


class BudgetGameLoader:
    """Creates the Budget Game pages for a ``DemoLoader`` (which counts them)."""

    def __init__(self, loader, themes, images, initiatives):
        self.loader = loader
        self.themes = themes
        self.images = images
        self.initiatives = initiatives

    def ensure(self, home, districts):
        """Returns the index and [(session page, session data)], creating
        what is missing.
        """
        index = find_child(home, BudgetGameIndexPage, INDEX["nl"]["slug"])
        if index is None:
            nl = INDEX["nl"]
            page = BudgetGameIndexPage(
                title=nl["title"],
                slug=nl["slug"],
                introduction=nl["introduction"],
                show_in_menus=True,
            )
            index = self.add(home, page)
        games = []
        for session in SESSIONS:
            page = find_child(index, BudgetGamePage, session[0]["slug"])
            if page is None:
                page = self.add(index, self.build(session, districts))
            games.append((page, session))
        return index, games

    def add(self, parent, page):
        self.loader.count("pages")
        return add_published_child(parent, page)

    def build(self, session, districts):
        """Returns an unsaved session page with its options, tables and photo."""
        facts, options, tables, follow_up = session
        texts = facts["texts"]["nl"]
        return BudgetGamePage(
            slug=facts["slug"],
            district=districts.get(facts["district"]),
            date=datetime.date.fromisoformat(facts["date"]),
            budget=Decimal(facts["budget"]),
            adults=facts["adults"],
            young_people=facts["young_people"],
            children=facts["children"],
            **page_texts(texts),
            options=[self.option(spec, follow_up, "nl") for spec in options],
            tables=[table(spec, "nl") for spec in tables],
            photos=self.photos(facts["photo"], "nl"),
        )

    def option(self, spec, follow_up, language, source=None):
        """Returns an unsaved option, with its follow-up where there is one."""
        code, kind, theme, amount, partly, origin, texts = spec
        title, description = texts[language]
        option = BudgetGameOption(
            code=code,
            kind=kind,
            theme=self.themes.get(theme),
            amount=Decimal(amount),
            partly_fundable=partly,
            origin=origin,
            title=title,
            description=description,
        )
        if source is not None:
            option.translation_key = source.translation_key
        if code in follow_up:
            self.follow(option, follow_up[code], language)
        return option

    def follow(self, option, follow_up, language):
        """Sets an option's follow-up fields and milestones in ``language``."""
        status, progress, cost, initiative, notes, milestones = follow_up
        option.status = status
        option.progress = progress
        option.actual_cost = None if cost is None else Decimal(cost)
        option.status_note = notes[language]
        option.initiative = self.initiative(initiative, language)
        option.milestones = [
            ("milestone", self.milestone(date, image, titles[language]))
            for date, image, titles in milestones
        ]

    def milestone(self, date, image, title):
        value = {"date": datetime.date.fromisoformat(date), "title": title, "text": ""}
        if image:
            value.update(image=self.images[image], alt_text=title)
        return value

    def initiative(self, key, language):
        """Returns the initiative ``key`` in ``language`` where translated."""
        if key is None or key not in self.initiatives:
            return None
        page = self.initiatives[key]
        locale = self.loader.locales[language]
        translation = page.get_translation_or_none(locale)
        return translation.specific if translation else page

    def photos(self, photo, language):
        image, texts = photo
        alt_text, caption = texts[language]
        return [
            BudgetGamePhoto(
                image=self.images[image], alt_text=alt_text, caption=caption
            )
        ]

    def translate(self, index, games, locale):
        """Translates the index and the sessions into ``locale``."""
        language = locale.language_code
        texts = INDEX[language]
        fields = {"title": texts["title"], "introduction": texts["introduction"]}
        _page, created = translate(index, locale, fields, texts["slug"])
        self.loader.count("translations", created)
        for page, session in games:
            _page, created = translate(
                page, locale, self.translated_fields(page, session, language)
            )
            self.loader.count("translations", created)

    def translated_fields(self, page, session, language):
        """Returns the fields of a session's translation into ``language``."""
        facts, options, tables, follow_up = session
        sources = {option.code: option for option in page.options.all()}
        translated_options = [
            self.option(spec, follow_up, language, sources[spec[0]]) for spec in options
        ]
        table_sources = list(page.tables.all())
        return {
            **page_texts(facts["texts"][language]),
            "district": self.localised(page.district, language),
            "options": translated_options,
            "tables": [
                table(spec, language, source)
                for spec, source in zip(tables, table_sources, strict=True)
            ],
            "photos": self.photos(facts["photo"], language),
        }

    def localised(self, page, language):
        if page is None:
            return None
        translation = page.get_translation_or_none(self.loader.locales[language])
        return translation.specific if translation else page


def page_texts(texts):
    """Returns the page fields a session has per language."""
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "place": texts["place"],
        "facilitators": texts["facilitators"],
        "group_name": texts.get("group_name", ""),
        "story": [("paragraph", texts["story"])],
    }


def table(spec, language, source=None):
    """Returns an unsaved table with its package."""
    participants, package, texts = spec
    name, note = texts[language]
    result = BudgetGameTable(
        name=name, participants=participants, package=package, consensus_note=note
    )
    if source is not None:
        result.translation_key = source.translation_key
    return result
