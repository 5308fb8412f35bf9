"""Money in the visitor's language, and amounts typed by people or by Excel."""

import re
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency
from django.utils.translation import get_language

from civic.conf import civic_setting

GROUPED_DIGITS = re.compile(r"^\d{1,3}([.,]\d{3})+$")
PLAIN_OR_GROUPED = re.compile(r"^(\d+|\d{1,3}([.,]\d{3})+)$")


class AmountError(ValueError):
    """An amount that is not a number, or is negative."""


def format_money(amount, language=None):
    """Returns ``amount`` in the site's currency, written the way ``language``
    (default: the active one) writes money: "€ 12.000", "12 000 €", "€12,000".

    Whole amounts show no cents.
    """
    locale = babel_locale(language or get_language() or "en")
    pattern = locale.currency_formats["standard"].pattern
    if Decimal(amount) == Decimal(amount).to_integral_value():
        pattern = pattern.replace(".00", "")
    return format_currency(
        amount,
        civic_setting("CIVIC_CURRENCY"),
        format=pattern,
        locale=locale,
        currency_digits=False,
    )


def babel_locale(language):
    """Returns the Babel locale of a Django language code ("nl", "fr-be")."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def parse_amount(text):
    """Returns the Decimal an editor or a spreadsheet wrote.

    Accepts "12000", "12 000", "12.000", "12,000", "12000,50", "12.000,50" and
    "€ 12.000": a point or comma followed by exactly three digits groups
    thousands, followed by one or two digits it marks the decimals.

    Raises:
        AmountError: when the text is empty, not a number, or negative.
    """
    cleaned = re.sub(r"[\s\u00a0\u202f€$£]", "", str(text))
    if not cleaned:
        raise AmountError("empty")
    negative = cleaned.startswith("-")
    number = normalise_separators(cleaned.lstrip("-+"))
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise AmountError("not a number") from None
    if not amount.is_finite() or (negative and amount != 0):
        raise AmountError("negative" if amount.is_finite() else "not a number")
    return amount


def normalise_separators(number):
    """Returns ``number`` with thousands marks removed and a decimal point."""
    if GROUPED_DIGITS.match(number):
        return re.sub(r"[.,]", "", number)
    head, mark, tail = max(number.rpartition(","), number.rpartition("."))
    if not mark or not PLAIN_OR_GROUPED.match(head) or not 1 <= len(tail) <= 2:
        return number
    return re.sub(r"[.,]", "", head) + "." + tail
