"""Small filters for the submission forms' templates."""

from django import template

register = template.Library()


@register.filter
def split(value):
    """Returns the words of ``value``."""
    return value.split()


@register.filter
def field(form, name):
    """Returns the bound field ``name`` of ``form``, or None if it has none."""
    return form[name] if name in form.fields else None
