"""Reading the spreadsheets of a game night: options, tables' packages and
anonymous ballots.

Files come from Excel as often as from anything else: ";" or "," between
columns, comma decimals, UTF-8 with a byte-order mark or Windows-1252. Every
problem is reported with its row and column, all of them at once, and the
caller stores nothing unless the whole file is valid.

Row numbers count the header as row 1, as a spreadsheet shows them.
"""

import csv
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from civic.models import Theme
from civic.models.budget_games import (
    BudgetGameBallots,
    BudgetGameOption,
    BudgetGameTable,
)

from .money import AmountError, format_money, parse_amount
from .packages import PackageError, limit_error, package_text, parse_item

OPTION_COLUMNS = (
    "code",
    "title",
    "description",
    "theme",
    "kind",
    "amount",
    "origin",
    "partly_fundable",
)
REQUIRED_OPTION_COLUMNS = ("code", "title", "kind", "amount")
TABLE_COLUMNS = ("table", "participants", "note")
BALLOT_ID_COLUMNS = ("ballot",)
CHOSEN_MARKS = {"x", "✓", "✔"}
YES = {"1", "x", "yes", "ja", "oui", "true", "waar", "vrai", "✓", "✔"}
NO = {"", "0", "no", "nee", "non", "false", "onwaar", "faux"}


@dataclass
class ImportProblem:
    """One thing wrong in a file, where it is: ``row`` 0 and ``column`` ""
    when the problem lies with the file or the session as a whole."""

    row: int
    column: str
    message: str

    def __str__(self):
        names = {"row": self.row, "column": self.column, "message": self.message}
        if self.row and self.column:
            return _("Row %(row)s, column “%(column)s”: %(message)s") % names
        if self.row:
            return _("Row %(row)s: %(message)s") % names
        if self.column:
            return _("Column “%(column)s”: %(message)s") % names
        return self.message


class ImportFailed(Exception):
    """A file with problems; ``problems`` lists each one."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


@dataclass
class Sheet:
    """A CSV file read into its header and its rows (with their numbers)."""

    columns: list
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def cells(self):
        """Yields (row number, {column: value}) for each non-empty row."""
        for number, values in self.rows:
            if any(value.strip() for value in values):
                yield number, dict(zip(self.columns, values, strict=False))

    def fail_if_problems(self):
        if self.problems:
            raise ImportFailed(self.problems)


def decode(raw):
    """Returns the text of a file in UTF-8 (with or without a byte-order
    mark) or, failing that, Windows-1252, what Excel writes in Belgium.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_sheet(raw):
    """Returns the Sheet of a CSV file, separated by ";" or ","."""
    lines = decode(raw).splitlines()
    if not lines or not lines[0].strip():
        raise ImportFailed([ImportProblem(1, "", _("The file is empty."))])
    separator = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=separator)
    header = [name.strip().lower() for name in next(reader)]
    sheet = Sheet(header)
    for number, values in enumerate(reader, start=2):
        if len(values) > len(header) and any(v.strip() for v in values[len(header) :]):
            sheet.problems.append(
                ImportProblem(
                    number,
                    "",
                    _("%(found)s values, but the header has %(expected)s columns.")
                    % {"found": len(values), "expected": len(header)},
                )
            )
        sheet.rows.append((number, values + [""] * (len(header) - len(values))))
    return sheet


def check_columns(sheet, known, required):
    """Records a problem for every missing or unknown column of the header."""
    for name in required:
        if name not in sheet.columns:
            sheet.problems.append(ImportProblem(1, name, _("this column is missing.")))
    for name in sheet.columns:
        if name not in known:
            sheet.problems.append(
                ImportProblem(
                    1,
                    name,
                    _("this column is unknown; the columns are: %(columns)s.")
                    % {"columns": ", ".join(known)},
                )
            )
    sheet.fail_if_problems()


# Options
def read_options(raw, existing):
    """Returns the options a CSV file lists, updating those of ``existing``
    (a list of options) that have the same code, so their follow-up and
    translations stay.

    Raises:
        ImportFailed: listing every problem.
    """
    sheet = read_sheet(raw)
    check_columns(sheet, OPTION_COLUMNS, REQUIRED_OPTION_COLUMNS)
    by_code = {option.code: option for option in existing}
    options, seen = [], {}
    lookups = OptionLookups()
    for number, cells in sheet.cells():
        option = by_code.get(cells["code"].strip()) or BudgetGameOption()
        problems = fill_option(option, cells, lookups)
        problems += duplicate_code(option.code, number, seen)
        sheet.problems += [
            ImportProblem(number, column, text) for column, text in problems
        ]
        options.append(option)
    sheet.fail_if_problems()
    return options


def duplicate_code(code, number, seen):
    """Returns a problem when ``code`` was already used on an earlier row."""
    if code in seen:
        return [
            (
                "code",
                _("code %(code)s is already used on row %(row)s.")
                % {"code": code, "row": seen[code]},
            )
        ]
    seen[code] = number
    return []


class OptionLookups:
    """Words a spreadsheet may use for kinds, origins and themes, in any of
    the site's languages.
    """

    def __init__(self):
        self.kinds = labelled(BudgetGameOption.KIND_CHOICES)
        self.origins = labelled(BudgetGameOption.ORIGIN_CHOICES)
        self.themes = {}
        for theme in Theme.objects.all():
            for name in (theme.slug, theme.name, theme.name_fr, theme.name_en):
                if name:
                    self.themes[name.strip().lower()] = theme


def labelled(choices):
    """Returns {lower-case value or label in any language: value}."""
    words = {value: value for value, _label in choices}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            words.update({str(label).lower(): value for value, label in choices})
    return words


def fill_option(option, cells, lookups):
    """Sets an option's fields from a row; returns (column, problem) pairs."""
    problems = []
    option.code = cells["code"].strip()
    if not option.code or not option.code.replace("-", "").replace("_", "").isalnum():
        problems.append(("code", _("give a code of letters, digits and hyphens.")))
    option.title = cells["title"].strip()
    if not option.title:
        problems.append(("title", _("the title is empty.")))
    option.description = cells.get("description", "").strip()
    problems += set_choice(option, "kind", cells, lookups.kinds)
    problems += set_choice(option, "origin", cells, lookups.origins)
    problems += set_amount(option, cells["amount"])
    problems += set_theme(option, cells.get("theme", ""), lookups.themes)
    problems += set_partly(option, cells.get("partly_fundable", ""))
    checked = {column for column, _message in problems}
    return problems + field_problems(
        option, [name for name in OPTION_FIELDS if name not in checked]
    )


# The option fields a file sets, checked as the editor's form checks them.
OPTION_FIELDS = ("code", "title", "amount")


def field_problems(instance, names):
    """Returns (column, message) pairs for the values of the fields ``names``
    that the model refuses (too long, too many digits, not a slug), in the
    words Django's form would use."""
    problems = []
    for name in names:
        model_field = instance._meta.get_field(name)
        try:
            model_field.clean(getattr(instance, model_field.attname), instance)
        except ValidationError as error:
            problems.append((name, " ".join(error.messages)))
    return problems


def set_choice(option, column, cells, words):
    """Sets the ``column`` choice of ``option`` from a row's word."""
    text = cells.get(column, "").strip().lower()
    if not text and column == "origin":
        option.origin = BudgetGameOption.ORIGIN_CITY
        return []
    if text not in words:
        allowed = ", ".join(value for value in dict.fromkeys(words.values()))
        return [
            (
                column,
                _("“%(value)s” is not one of: %(allowed)s.")
                % {"value": text, "allowed": allowed},
            )
        ]
    setattr(option, column, words[text])
    return []


def set_amount(option, text):
    try:
        option.amount = parse_amount(text)
    except AmountError as error:
        return [("amount", amount_problem(text, error))]
    return []


def amount_problem(text, error):
    """Returns the message for an amount that could not be read."""
    if str(error) == "negative":
        return _("the amount %(value)s is negative.") % {"value": text.strip()}
    return _("“%(value)s” is not an amount.") % {"value": text.strip()}


def set_theme(option, text, themes):
    text = text.strip().lower()
    if text and text not in themes:
        return [("theme", _("there is no theme “%(value)s”.") % {"value": text})]
    option.theme = themes.get(text)
    return []


def set_partly(option, text):
    text = text.strip().lower()
    if text not in YES | NO:
        return [
            (
                "partly_fundable",
                _("write yes or no, not “%(value)s”.") % {"value": text},
            )
        ]
    option.partly_fundable = text in YES
    return []


# Tables
def read_tables(raw, options, budget, limit):
    """Returns unsaved (name, participants, note, package text) tuples from a
    grid with one row per table and one column per option code: "x" for an
    option chosen in full, an amount for one funded partly.

    Raises:
        ImportFailed: listing every problem, including packages that break
            the session's rule.
    """
    sheet = read_sheet(raw)
    codes = {option.code.lower(): option for option in options}
    check_columns(sheet, TABLE_COLUMNS + tuple(codes), ("table",))
    tables = []
    for number, cells in sheet.cells():
        table = read_table(number, cells, codes, budget, limit, sheet.problems)
        tables.append(table)
    sheet.fail_if_problems()
    return tables


def read_table(number, cells, codes, budget, limit, problems):
    """Returns one table's (name, participants, note, package text)."""
    name = cells["table"].strip()
    if not name:
        problems.append(ImportProblem(number, "table", _("the table has no name.")))
    else:
        problems += [
            ImportProblem(number, "table", message)
            for _name, message in field_problems(BudgetGameTable(name=name), ["name"])
        ]
    participants = read_count(number, cells.get("participants", ""), problems)
    choices = []
    for code, option in codes.items():
        choice = read_choice(number, name, code, option, cells.get(code, ""), problems)
        choices += [choice] if choice else []
    error = limit_error(name, choices, budget, limit)
    if error:
        problems.append(ImportProblem(number, "table", error))
    return name, participants, cells.get("note", "").strip(), package_text(choices)


def read_count(number, text, problems):
    """Returns a table's number of participants (0 when empty)."""
    text = text.strip()
    if not text:
        return 0
    if not text.isdigit() or int(text) > 50:
        problems.append(
            ImportProblem(number, "participants", _("give a whole number up to 50."))
        )
        return 0
    return int(text)


def read_choice(number, name, code, option, text, problems):
    """Returns the Choice a grid cell makes, or None for an empty cell."""
    text = text.strip()
    if not text:
        return None
    item = option.code if text.lower() in CHOSEN_MARKS else f"{option.code}: {text}"
    try:
        return parse_item(name, item, {option.code: option})
    except PackageError as error:
        problems.append(ImportProblem(number, code, str(error)))
        return None


# Ballots
def read_ballots(raw, options, budget, kind):
    """Returns the ballots of a grid with one row per ballot and one column
    per investment's code ("1" or "x" for support), as sets of codes. A
    ``ballot`` column may number them; it is not kept.

    Raises:
        ImportFailed: listing every problem; a basket ballot that costs more
            than the budget is one.
    """
    sheet = read_sheet(raw)
    codes = {o.code.lower(): o for o in options if o.is_investment}
    check_columns(sheet, BALLOT_ID_COLUMNS + tuple(codes), ())
    ballots = []
    for number, cells in sheet.cells():
        ballot = read_ballot(number, cells, codes, sheet.problems)
        check_basket(number, ballot, budget, kind, sheet.problems)
        ballots.append({option.code for option in ballot})
    sheet.fail_if_problems()
    return ballots


def read_ballot(number, cells, codes, problems):
    """Returns the options one ballot supports."""
    chosen = []
    for code, option in codes.items():
        text = cells.get(code, "").strip().lower()
        if text in YES:
            chosen.append(option)
        elif text not in NO:
            problems.append(
                ImportProblem(
                    number, code, _("write 1 or x for support, 0 or nothing otherwise.")
                )
            )
    return chosen


def check_basket(number, ballot, budget, kind, problems):
    """Records a problem for a basket ballot that does not fit the budget."""
    total = sum(option.amount for option in ballot)
    if kind == BudgetGameBallots.KIND_BASKET and total > budget:
        problems.append(
            ImportProblem(
                number,
                "",
                _("this basket costs %(total)s, more than the budget %(budget)s.")
                % {"total": format_money(total), "budget": format_money(budget)},
            )
        )
