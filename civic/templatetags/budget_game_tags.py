"""Template filters of the Budget Game pages."""

from django import template

from civic.budget_games.money import format_money

register = template.Library()


@register.filter
def money(amount):
    """Returns ``amount`` in the site's currency, written in the active language."""
    if amount is None or amount == "":
        return ""
    return format_money(amount)
