"""Applies an uploaded file to a session: a new draft revision for options
and tables, a new set of ballots for the online variant. All in one
transaction, and only once the whole file has been read without a problem.
"""

import csv
import io
import logging

from django.db import transaction
from django.utils.translation import gettext as _

from civic.budget import BudgetDataError
from civic.budget.pabulib import decode as decode_pb
from civic.budget.pabulib import parse_pb
from civic.models.budget_games import (
    BudgetGameBallots,
    BudgetGameOption,
    BudgetGameTable,
)

from .csv_import import (
    OPTION_COLUMNS,
    OPTION_FIELDS,
    TABLE_COLUMNS,
    ImportFailed,
    ImportProblem,
    field_problems,
    read_ballots,
    read_options,
    read_tables,
)
from .forms import ballots_error
from .packages import PackageError, options_by_code, parse_package

logger = logging.getLogger("civic.budget_games")


def latest_draft(page):
    """Returns the page as its latest revision has it (or as saved)."""
    return page.get_latest_revision_as_object()


def import_file(page, kind, raw, user, ballot_kind=BudgetGameBallots.KIND_APPROVAL):
    """Imports ``raw`` (bytes) of ``kind`` into ``page``; returns the number
    of options, tables or ballots imported.

    Raises:
        ImportFailed: with every problem of the file; nothing is stored then.
    """
    draft = latest_draft(page)
    with transaction.atomic():
        if kind == "options":
            count = import_options(draft, raw, user)
        elif kind == "tables":
            count = import_tables(draft, raw, user)
        elif kind == "pabulib":
            count = import_pabulib(draft, raw, user)
        else:
            count = import_ballots(draft, raw, ballot_kind, user)
    logger.info("Imported %s %s into Budget Game %s", count, kind, page.pk)
    return count


def save_draft(draft, user):
    """Saves ``draft`` as a new revision, as the editor's "Save draft" does."""
    draft.save_revision(user=user, log_action=True)


def import_options(draft, raw, user):
    """Replaces the option list; tables and ballots must still name known
    options."""
    options = read_options(raw, list(draft.options.all()))
    check_tables_against(draft, options)
    error = ballots_error(draft, options_by_code(options))
    if error:
        raise ImportFailed([ImportProblem(0, "code", error)])
    draft.options = options
    save_draft(draft, user)
    return len(options)


def check_tables_against(draft, options):
    """Raises ImportFailed when a table chose an option the new list lacks."""
    by_code = options_by_code(options)
    problems = []
    for table in draft.tables.all():
        try:
            parse_package(table.name, table.package, by_code)
        except PackageError as error:
            problems.append(ImportProblem(0, "", str(error)))
    if problems:
        raise ImportFailed(problems)


def import_tables(draft, raw, user):
    """Replaces the tables and their packages."""
    rows = read_tables(
        raw, list(draft.options.all()), draft.budget, draft.package_limit
    )
    existing = {table.name: table for table in draft.tables.all()}
    tables = []
    for name, participants, note, package in rows:
        table = existing.get(name) or BudgetGameTable(name=name)
        table.participants, table.consensus_note, table.package = (
            participants,
            note,
            package,
        )
        tables.append(table)
    draft.tables = tables
    save_draft(draft, user)
    return len(tables)


def import_ballots(draft, raw, kind, user):
    """Replaces the session's ballots; the session then plays with them."""
    ballots = read_ballots(raw, list(draft.options.all()), draft.budget, kind)
    if switch_to_ballots(draft):
        save_draft(draft, user)
    store_ballots(draft, ballots, kind, _("CSV file"))
    return len(ballots)


def store_ballots(page, ballots, kind, source):
    """Stores ``ballots`` (sets of codes) for every translation of ``page``,
    waiting for the session's next publication (previews show them)."""
    lines = "\n".join(",".join(sorted(ballot)) for ballot in ballots)
    BudgetGameBallots.objects.update_or_create(
        translation_key=page.translation_key,
        live=False,
        defaults={
            "kind": kind,
            "lines": lines,
            "count": len(ballots),
            "source": source,
        },
    )


def import_pabulib(draft, raw, user):
    """Imports a pabulib file's projects as options (when the session has
    none yet; otherwise they must match) and its approval votes as ballots.
    The session then plays with ballots.
    """
    try:
        data = parse_pb(decode_pb(raw))
    except BudgetDataError as error:
        raise ImportFailed([pb_problem(error)]) from None
    if data.profile.vote_type != "approval":
        raise ImportFailed(
            [
                ImportProblem(
                    0,
                    "vote_type",
                    _(
                        "only approval votes can be imported; this file holds "
                        "%(kind)s votes."
                    )
                    % {"kind": data.profile.vote_type},
                )
            ]
        )
    options = list(draft.options.all())
    changed = switch_to_ballots(draft)
    if options:
        check_projects(data.instance, options, draft.budget)
    else:
        draft.options = options_from_projects(data.instance)
        draft.budget = data.instance.budget
        changed = True
    if changed:
        save_draft(draft, user)
    store_ballots(
        draft, data.profile.ballots, BudgetGameBallots.KIND_APPROVAL, "pabulib"
    )
    return len(data.profile)


def switch_to_ballots(draft):
    """Makes ``draft`` play with ballots, which would count for nothing in a
    session played at tables; returns True if it did not already."""
    if draft.variant == draft.VARIANT_BALLOTS:
        return False
    draft.variant = draft.VARIANT_BALLOTS
    return True


def pb_problem(error):
    """Returns the ImportProblem of a pabulib reading error, in the editor's
    language.

    The reader (civic.budget) knows no Django: it gives an English template,
    marked for the catalogues, and its values. Section, column and key names
    stay as the file spells them.
    """
    reason = _(error.template)
    if error.params:
        reason %= error.params
    framed = _("the file does not follow the pabulib format: %(reason)s") % {
        "reason": reason
    }
    return ImportProblem(error.line or 0, error.column or "", framed)


def options_from_projects(instance):
    """Returns new investment options for a pabulib instance's projects.

    Raises:
        ImportFailed: when a project id or name does not fit an option (an
            option code is a short slug).
    """
    options, problems = [], []
    for project in instance:
        option = BudgetGameOption(
            code=project.id,
            title=project.name or project.id,
            kind=BudgetGameOption.KIND_INVESTMENT,
            amount=project.cost,
        )
        for _name, message in field_problems(option, OPTION_FIELDS):
            problems.append(
                ImportProblem(
                    0,
                    "project_id",
                    _("project %(code)s: %(message)s")
                    % {"code": project.id, "message": message},
                )
            )
        options.append(option)
    if problems:
        raise ImportFailed(problems)
    return options


def check_projects(instance, options, budget):
    """Raises ImportFailed unless the file's projects and budget are the
    session's investments and budget.
    """
    by_code = {o.code: o for o in options if o.is_investment}
    problems = []
    if instance.budget != budget:
        problems.append(
            ImportProblem(
                0, "budget", _("the file's budget differs from the session's.")
            )
        )
    for project in instance:
        option = by_code.get(project.id)
        if option is None or option.amount != project.cost:
            problems.append(
                ImportProblem(
                    0,
                    "project_id",
                    _(
                        "project %(code)s is not an investment of this session at "
                        "this cost."
                    )
                    % {"code": project.id},
                )
            )
    if problems:
        raise ImportFailed(problems)


# Templates
def csv_template(page, kind):
    """Returns the CSV template of ``kind`` for ``page``, filled with what the
    session already holds, as UTF-8 with a byte-order mark and ";" so that
    Excel opens it as it is.
    """
    draft = latest_draft(page)
    options = list(draft.options.all())
    rows = {
        "options": lambda: options_rows(options),
        "tables": lambda: tables_rows(draft, options),
        "ballots": lambda: [["ballot"] + [o.code for o in options if o.is_investment]],
    }[kind]()
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return "\ufeff" + buffer.getvalue()


def options_rows(options):
    rows = [list(OPTION_COLUMNS)]
    for o in options:
        rows.append(
            [
                o.code,
                o.title,
                o.description,
                o.theme.slug if o.theme else "",
                o.kind,
                f"{o.amount.normalize():f}",
                o.origin,
                "yes" if o.partly_fundable else "no",
            ]
        )
    return rows


def tables_rows(draft, options):
    rows = [list(TABLE_COLUMNS) + [o.code for o in options]]
    by_code = options_by_code(options)
    for table in draft.tables.all():
        try:
            chosen = {
                c.option.code: c
                for c in parse_package(table.name, table.package, by_code)
            }
        except PackageError:
            chosen = {}
        cells = [table.name, str(table.participants), table.consensus_note]
        rows.append(cells + [grid_cell(chosen.get(o.code)) for o in options])
    return rows


def grid_cell(choice):
    """Returns "x", an amount, or nothing for one table and option."""
    if choice is None:
        return ""
    return f"{choice.amount.normalize():f}" if choice.is_partial else "x"
