"""Admin screens of the submission flow: decline reasons, the report, the
audit-log actions.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DeclineReason
from .report import SubmissionReportView, user_can_moderate


class DeclineReasonViewSet(SnippetViewSet):
    """The editable reasons moderators pick from when they decline."""

    model = DeclineReason
    icon = "comment"
    menu_label = _("Decline reasons")
    menu_order = 310
    add_to_settings_menu = True
    list_display = ["title", "locale"]
    search_fields = ["title", "text"]


register_snippet(DeclineReasonViewSet)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/citizen-submissions/",
            SubmissionReportView.as_view(),
            name="civic_submissions_report",
        )
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_moderate(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ModeratorMenuItem(
        _("Citizen submissions"),
        reverse("civic_submissions_report"),
        name="citizen-submissions",
        icon_name="tasks",
        order=150,
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "civic_submissions.received",
        _("Submitted by a resident"),
        _("Submitted by a resident and confirmed by email"),
    )
    actions.register_action(
        "civic_submissions.resubmitted",
        _("Changed by the resident"),
        _("Changed and sent again by the resident"),
    )
    actions.register_action(
        "civic_submissions.declined", _("Declined"), _("Declined with a reason")
    )
