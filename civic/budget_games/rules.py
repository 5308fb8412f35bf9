"""The rules a session can be decided by: the rules library's, plus any that
other apps add through the ``register_budget_rule`` Wagtail hook.

A hook function returns a rule object (or a list of them) with a ``name``, a
``label`` (a translatable string) and ``compute(instance, profile)`` returning a
``civic.budget.Outcome``::

    @hooks.register("register_budget_rule")
    def register_borda_rule():
        return BordaRule()
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from civic.budget import rules as library

HOOK_NAME = "register_budget_rule"

# Labels of the library's rules in the visitor's language; the library itself
# knows no Django and labels them in English only.
LABELS = {
    "as-played": _("As played: the options most tables chose"),
    "greedy": _("Most votes first"),
    "mes": _("Method of Equal Shares"),
    "mes-completed": _("Method of Equal Shares, completed"),
}


class UnknownRuleError(LookupError):
    """No rule is registered under the name a session gives."""


def budget_rules():
    """Returns {name: rule} of every registered rule, the library's first.

    A hook's rule replaces a library rule of the same name, on purpose: a
    city may count "as played" its own way. ``civic.budget.register``, used
    outside Django, refuses a name twice instead.
    """
    rules = {name: library.get_rule(name) for name in library.rule_names()}
    for hook in hooks.get_hooks(HOOK_NAME):
        found = hook()
        for rule in found if isinstance(found, list | tuple) else [found]:
            rules[rule.name] = rule
    return rules


def get_rule(name):
    """Returns the rule registered as ``name``.

    Raises:
        UnknownRuleError: when no rule has that name.
    """
    try:
        return budget_rules()[name]
    except KeyError:
        raise UnknownRuleError(name) from None


def rule_label(rule):
    """Returns the translated label of ``rule``."""
    return LABELS.get(rule.name, rule.label)


def rule_choices():
    """Returns (name, label) pairs for a form's select."""
    return [(name, rule_label(rule)) for name, rule in budget_rules().items()]
