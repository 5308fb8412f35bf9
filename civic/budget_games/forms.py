"""The page editor's form for a Budget Game session.

It offers the registered result rules in a select and checks every table's
package against the option list being edited, so that a package over budget
is reported on the table concerned, with the table's name in the message.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class BudgetGamePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        from .rules import rule_choices

        super().__init__(*args, **kwargs)
        field = self.fields["result_rule"]
        self.fields["result_rule"] = forms.ChoiceField(
            label=field.label, help_text=field.help_text, choices=rule_choices()
        )

    def clean(self):
        cleaned_data = super().clean()
        options = self.check_option_codes()
        if options is not None and cleaned_data.get("budget") is not None:
            self.check_packages(options, cleaned_data)
        if options is not None and self.instance.pk:
            error = ballots_error(self.instance, options)
            if error:
                self.add_error(None, error)
        return cleaned_data

    def rows(self, name):
        """Returns the valid, not deleted forms of the inline panel ``name``."""
        formset = self.formsets[name]
        formset.is_valid()
        return [
            form
            for form in formset.forms
            if form.is_valid()
            and (form.has_changed() or form.instance.pk)
            and not formset._should_delete_form(form)
        ]

    def check_option_codes(self):
        """Returns {code: option} of the edited options, or None when the
        option list itself has errors (then packages cannot be checked).
        """
        if not self.formsets["options"].is_valid():
            return None
        options = {}
        for form in self.rows("options"):
            code = form.instance.code
            if code in options:
                form.add_error("code", gettext("Another option has this code."))
                return None
            options[code] = form.instance
        return options

    def check_packages(self, options, cleaned_data):
        """Adds an error to every table whose package breaks the rules."""
        from .packages import PackageError, check_package

        for form in self.rows("tables"):
            table = form.instance
            try:
                check_package(
                    table.name,
                    table.package,
                    options,
                    cleaned_data["budget"],
                    cleaned_data.get("package_limit"),
                )
            except PackageError as error:
                form.add_error("package", str(error))
                self.add_error(None, str(error))


TEMPLATE_KINDS = [
    ("options", _("Options")),
    ("tables", _("Tables and their packages")),
    ("ballots", _("Ballots (CSV)")),
    ("pabulib", _("Options and ballots (pabulib .pb)")),
]


class BudgetGameImportForm(forms.Form):
    """The upload form of the admin's import view."""

    kind = forms.ChoiceField(label=_("What the file holds"), choices=TEMPLATE_KINDS)
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV with “;” or “,” between columns, in UTF-8 or Windows-1252, as "
            "Excel saves it; or a pabulib .pb file."
        ),
    )
    ballot_kind = forms.ChoiceField(
        label=_("Kind of ballot"),
        required=False,
        help_text=_("Only for ballots: a basket must fit within the budget."),
    )

    def __init__(self, *args, **kwargs):
        from civic.models.budget_games import BudgetGameBallots

        super().__init__(*args, **kwargs)
        self.fields["ballot_kind"].choices = BudgetGameBallots.KIND_CHOICES

    def clean_ballot_kind(self):
        from civic.models.budget_games import BudgetGameBallots

        return self.cleaned_data["ballot_kind"] or BudgetGameBallots.KIND_APPROVAL


def ballots_error(page, options):
    """Returns the message when ``page``'s imported ballots (those waiting for
    publication, else the public ones) name options ``options`` lacks."""
    from civic.models.budget_games import BudgetGameBallots

    stored = BudgetGameBallots.for_page(page, draft=True)
    if stored is None:
        return None
    missing = sorted(set().union(*stored.ballots()) - set(options))
    if not missing:
        return None
    return gettext(
        "The imported ballots name options that are no longer in the list: "
        "%(codes)s. Keep those options, or import ballots without them."
    ) % {"codes": ", ".join(missing)}
