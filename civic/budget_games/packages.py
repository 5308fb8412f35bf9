"""Table packages: reading the package a table negotiated and checking it
against the option list and the session's rule for a valid package.

Every message names the table, so that an editor entering eight packages on
a game night sees at once which one to fix.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from civic.models.budget_games import BudgetGameOption, BudgetGamePage

from .money import AmountError, format_money, parse_amount

# Items are separated by semicolons, line breaks or commas. A comma between
# two digits of an amount belongs to it: "B04: 15,000, A01" keeps its
# thousands and "B04: 15000,50; A01" its cents.
ITEM_SEPARATOR = re.compile(r"[;\n]")
AMOUNT_MARK = re.compile(r"[:=]")
ITEM = re.compile(r"^(?P<code>[\w-]+)\s*(?:[:=]\s*(?P<amount>.+))?$")


class PackageError(ValueError):
    """A package that cannot be read; the message names the table."""


@dataclass(frozen=True)
class Choice:
    """One option a table chose, with the amount it put on it."""

    option: BudgetGameOption
    amount: Decimal

    @property
    def is_partial(self):
        return self.amount < self.option.amount


def parse_package(table_name, text, options):
    """Returns the Choices of a package text such as "A01, B04: 15000".

    ``options`` maps codes to options. An option given without an amount is
    chosen in full.

    Raises:
        PackageError: for an unknown code, a code given twice, an amount that
            is not a number, negative, larger than the option's, or given for
            an option that cannot be partly funded.
    """
    choices = {}
    for item in split_items(text):
        choice = parse_item(table_name, item, options)
        if choice.option.code in choices:
            raise PackageError(
                _("%(table)s: option %(code)s is chosen twice.")
                % {"table": table_name, "code": choice.option.code}
            )
        choices[choice.option.code] = choice
    return list(choices.values())


def split_items(text):
    """Returns the items of a package text, without blanks.

    A comma directly between two digits after a colon is part of the amount
    (thousands or decimals); any other comma separates items.
    """
    items = []
    for line in ITEM_SEPARATOR.split(text or ""):
        pieces = []
        for piece in line.split(","):
            previous = pieces[-1] if pieces else ""
            if (
                piece[:1].isdigit()
                and previous[-1:].isdigit()
                and AMOUNT_MARK.search(previous)
            ):
                pieces[-1] = f"{previous},{piece}"
            else:
                pieces.append(piece)
        items += pieces
    return [item.strip() for item in items if item.strip()]


def parse_item(table_name, item, options):
    """Returns the Choice of one package item, "A01" or "B04: 15000"."""
    match = ITEM.match(item)
    names = {"table": table_name, "item": item}
    if not match:
        raise PackageError(_("%(table)s: “%(item)s” is not an option code.") % names)
    option = options.get(match["code"]) or options.get(match["code"].upper())
    if option is None:
        raise PackageError(
            _("%(table)s: option %(item)s is not in the option list.")
            % {**names, "item": match["code"]}
        )
    if match["amount"] is None:
        return Choice(option, option.amount)
    return Choice(option, partial_amount(table_name, option, match["amount"]))


def partial_amount(table_name, option, text):
    """Returns the amount a table put on ``option``, checked."""
    names = {"table": table_name, "code": option.code, "amount": text.strip()}
    try:
        amount = parse_amount(text)
    except AmountError:
        raise PackageError(
            _(
                "%(table)s: the amount “%(amount)s” for %(code)s is not a positive "
                "number."
            )
            % names
        ) from None
    if amount == option.amount:
        return amount
    if not option.partly_fundable:
        raise PackageError(
            _(
                "%(table)s: option %(code)s cannot be partly funded; leave out the "
                "amount."
            )
            % names
        )
    if amount == 0 or amount > option.amount:
        raise PackageError(
            _("%(table)s: the amount for %(code)s must lie between 0 and %(full)s.")
            % {**names, "full": format_money(option.amount)}
        )
    return amount


def package_text(choices):
    """Returns the canonical text of a package: "A01, B04: 15000"."""
    return ", ".join(
        f"{c.option.code}: {c.amount.normalize():f}" if c.is_partial else c.option.code
        for c in choices
    )


def limit_error(table_name, choices, budget, limit):
    """Returns the message when a package breaks the session's rule, else None."""
    spent = sum((c.amount for c in choices if c.option.is_investment), Decimal(0))
    extras = sum((c.amount for c in choices if not c.option.is_investment), Decimal(0))
    names = {"table": table_name, "investments": format_money(spent)}
    if limit == BudgetGamePage.LIMIT_BUDGET:
        if spent > budget:
            return _(
                "%(table)s: investments %(investments)s exceed the budget %(limit)s"
            ) % {
                **names,
                "limit": format_money(budget),
            }
        return None
    if spent > budget + extras:
        return _(
            "%(table)s: investments %(investments)s exceed the budget plus accepted "
            "savings and revenues %(limit)s"
        ) % {**names, "limit": format_money(budget + extras)}
    return None


def check_package(table_name, text, options, budget, limit):
    """Returns the Choices of a package that obeys the session's rule.

    Raises:
        PackageError: naming the table, as ``parse_package`` does, or when the
            investments exceed what the rule allows.
    """
    choices = parse_package(table_name, text, options)
    error = limit_error(table_name, choices, budget, limit)
    if error:
        raise PackageError(error)
    return choices


def options_by_code(options):
    """Returns {code: option} of ``options``."""
    return {option.code: option for option in options}
