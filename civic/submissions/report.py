"""The moderators' overview: the queue, submissions per district, and how long
a decision takes.
"""

import statistics

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import CitizenReviewTask, OutgoingMail, Submission


def user_can_moderate(user):
    """True for superusers and members of a group that reviews submissions."""
    if user.is_superuser:
        return True
    groups = CitizenReviewTask.objects.filter(active=True).values("groups")
    return user.groups.filter(pk__in=groups).exists()


def status_counts():
    rows = Submission.objects.order_by().values_list("status").annotate(n=Count("pk"))
    counts = dict(rows)
    return [
        (label, counts.get(status, 0)) for status, label in Submission.STATUS_CHOICES
    ]


def district_rows():
    """Returns one row a district: its title and its count per status."""
    rows = (
        Submission.objects.exclude(status=Submission.STATUS_UNCONFIRMED)
        .order_by()
        .values_list("district__title", "status")
        .annotate(n=Count("pk"))
    )
    table = {}
    for district, status, count in rows:
        table.setdefault(district or "", {})[status] = count
    statuses = [status for status, _label in Submission.STATUS_CHOICES[1:]]
    return [
        {
            "district": name,
            "counts": [table[name].get(s, 0) for s in statuses],
            "total": sum(table[name].values()),
        }
        for name in sorted(table)
    ]


def waiting_submissions(limit=50):
    """Returns the submissions waiting for a moderator, longest waiting first."""
    return (
        Submission.objects.filter(
            status=Submission.STATUS_IN_MODERATION, page__isnull=False
        )
        .select_related("page", "district")
        .order_by("confirmed_at")[:limit]
    )


def median_decision_time():
    """Returns the median time from confirmation to final decision, or None."""
    pairs = Submission.objects.filter(
        decided_at__isnull=False, confirmed_at__isnull=False
    ).values_list("confirmed_at", "decided_at")
    durations = [decided - confirmed for confirmed, decided in pairs]
    return statistics.median(durations) if durations else None


class SubmissionReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Citizen submissions")
    header_icon = "tasks"
    template_name = "civic/submissions/admin/report.html"

    def dispatch(self, request, *args, **kwargs):
        if not user_can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        mails = dict(
            OutgoingMail.objects.order_by()
            .values_list("status")
            .annotate(n=Count("pk"))
        )
        context.update(
            queue_size=Submission.objects.filter(
                status=Submission.STATUS_IN_MODERATION
            ).count(),
            status_counts=status_counts(),
            waiting=waiting_submissions(),
            statuses=[label for _s, label in Submission.STATUS_CHOICES[1:]],
            district_rows=district_rows(),
            median=median_decision_time(),
            mail_waiting=mails.get(OutgoingMail.STATUS_PENDING, 0),
            mail_failed=mails.get(OutgoingMail.STATUS_FAILED, 0),
        )
        return context
