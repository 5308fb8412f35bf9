"""Admin views: upload a file into a session, download a CSV template."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from civic.models.budget_games import BudgetGamePage

from .csv_import import ImportFailed
from .forms import BudgetGameImportForm
from .imports import csv_template, import_file

# The kinds of file with a CSV template to download (pabulib has its own format).
CSV_TEMPLATE_KINDS = ("options", "tables", "ballots")


def editable_game(request, page_id):
    """Returns the session ``page_id`` if the user may edit it.

    Raises:
        PermissionDenied: when the user may not edit it.
    """
    page = get_object_or_404(BudgetGamePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def import_view(request, page_id):
    """Shows the upload form and imports the file it posts."""
    page = editable_game(request, page_id)
    form = BudgetGameImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            count = import_file(
                page,
                form.cleaned_data["kind"],
                form.cleaned_data["file"].read(),
                request.user,
                form.cleaned_data["ballot_kind"],
            )
        except ImportFailed as failure:
            problems = [str(problem) for problem in failure.problems]
        else:
            messages.success(
                request,
                _("Imported %(count)s rows. Preview the page, then publish it.")
                % {"count": count},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    context = {
        "page": page,
        "form": form,
        "problems": problems,
        "kinds": CSV_TEMPLATE_KINDS,
    }
    status = 400 if problems else 200
    return TemplateResponse(
        request, "civic/admin/budget_game_import.html", context, status=status
    )


def template_view(request, page_id, kind):
    """Serves the CSV template of ``kind``, filled with the session's data."""
    page = editable_game(request, page_id)
    if kind not in CSV_TEMPLATE_KINDS:
        raise PermissionDenied
    response = HttpResponse(
        csv_template(page, kind), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{page.slug}-{kind}.csv"'
    return response
