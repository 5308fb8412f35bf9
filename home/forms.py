"""The accessibility feedback form."""

from django import forms
from django.utils.translation import gettext_lazy as _


class AccessibilityFeedbackForm(forms.Form):
    """A resident reports a barrier on the site; the reply address is optional."""

    message = forms.CharField(
        label=_("What did not work for you?"),
        help_text=_("Describe what you tried to do and what went wrong."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    page = forms.CharField(
        label=_("Which page is it about? (optional)"),
        max_length=500,
        required=False,
    )
    email = forms.EmailField(
        label=_("Your email address, if you would like an answer (optional)"),
        help_text=_("We use it only to answer you, and do not keep it."),
        required=False,
    )
