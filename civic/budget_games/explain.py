"""Sentences that explain, per option, why it was funded or not, in the
visitor's language, from the reason codes and numbers the rules report.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from civic.budget import outcome as codes

from .money import format_money


def explain_investment(explanation, result):
    """Returns the sentence for one investment's ``civic.budget`` Explanation."""
    values = {
        "support": explanation.support,
        "total": result.voters,
        "cost": format_money(explanation.cost),
        "left": format_money(explanation.money_left or 0),
        "majority": result.voters // 2 + 1,
    }
    if explanation.funded:
        return funded_sentence(explanation, result, values)
    phrase = NOT_FUNDED.get(explanation.reason)
    if phrase is None:
        return _("Not funded.")
    return phrase(result.by_tables, values)


def funded_sentence(explanation, result, values):
    """Returns why a funded option was funded."""
    price = explanation.details.get("price_per_supporter")
    if price is not None:
        return ngettext(
            "Funded: its %(support)s supporter paid %(price)s out of an equal share.",
            "Funded: its %(support)s supporters paid %(price)s each out of their "
            "equal shares.",
            explanation.support,
        ) % {**values, "price": format_money(price)}
    if not explanation.support:
        # "Most votes first" spends what is left on options nobody chose,
        # as the reference implementation does.
        return _("Funded without support: it fits in what the chosen options left.")
    if result.by_tables:
        return (
            ngettext(
                "Funded: supported by %(support)s of %(total)s table.",
                "Funded: supported by %(support)s of %(total)s tables.",
                result.voters,
            )
            % values
        )
    return (
        ngettext(
            "Funded: supported by %(support)s of %(total)s voter.",
            "Funded: supported by %(support)s of %(total)s voters.",
            result.voters,
        )
        % values
    )


def over_budget(by_tables, values):
    return _("Not funded: %(left)s was left and it needed %(cost)s.") % values


def supporters_short(by_tables, values):
    return (
        _(
            "Not funded: its supporters had %(left)s of their equal shares left and "
            "it needed %(cost)s."
        )
        % values
    )


def no_support(by_tables, values):
    if by_tables:
        return _("Not funded: no table chose it.")
    return _("Not funded: nobody voted for it.")


def no_majority(by_tables, values):
    if by_tables:
        return (
            ngettext(
                "Not funded: chosen by %(support)s of %(total)s table; a majority is "
                "%(majority)s.",
                "Not funded: chosen by %(support)s of %(total)s tables; a majority is "
                "%(majority)s.",
                values["total"],
            )
            % values
        )
    return (
        ngettext(
            "Not funded: chosen by %(support)s of %(total)s voter; a majority is "
            "%(majority)s.",
            "Not funded: chosen by %(support)s of %(total)s voters; a majority is "
            "%(majority)s.",
            values["total"],
        )
        % values
    )


def not_reached(by_tables, values):
    return _("Not funded: the rule funds no option that costs nothing.")


NOT_FUNDED = {
    codes.OVER_BUDGET: over_budget,
    codes.SUPPORTERS_SHORT: supporters_short,
    codes.NO_SUPPORT: no_support,
    codes.NO_MAJORITY: no_majority,
    codes.NOT_REACHED: not_reached,
}


def explain_extra(line, result, limit):
    """Returns why a saving or revenue was accepted or not."""
    from civic.models.budget_games import BudgetGamePage

    values = {
        "support": line.support,
        "total": result.voters,
        "majority": result.voters // 2 + 1,
        "amount": format_money(line.cost),
    }
    if not line.funded and result.by_tables:
        return (
            ngettext(
                "Not accepted: chosen by %(support)s of %(total)s table; a majority "
                "is %(majority)s.",
                "Not accepted: chosen by %(support)s of %(total)s tables; a majority "
                "is %(majority)s.",
                result.voters,
            )
            % values
        )
    if not line.funded:
        return (
            ngettext(
                "Not accepted: chosen by %(support)s of %(total)s voter; a majority "
                "is %(majority)s.",
                "Not accepted: chosen by %(support)s of %(total)s voters; a majority "
                "is %(majority)s.",
                result.voters,
            )
            % values
        )
    if limit == BudgetGamePage.LIMIT_BUDGET or not result.by_tables:
        return (
            _(
                "Accepted by %(support)s of %(total)s, but this session's rule "
                "keeps it out of the budget."
            )
            % values
        )
    return (
        ngettext(
            "Accepted: chosen by %(support)s of %(total)s table; adds %(amount)s to "
            "the budget.",
            "Accepted: chosen by %(support)s of %(total)s tables; adds %(amount)s to "
            "the budget.",
            result.voters,
        )
        % values
    )
