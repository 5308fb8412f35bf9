"""Views of the site that are not Wagtail pages."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.forms import AccessibilityFeedbackForm
from home.models import AccessibilitySettings

logger = logging.getLogger("kortrijk.feedback")


def accessibility_feedback(request):
    """Shows the accessibility feedback form and mails what residents send.

    Nothing is stored: the message goes by mail to the address in the site's
    accessibility settings. When sending fails, the form comes back filled in.
    """
    form = AccessibilityFeedbackForm(request.POST or None)
    status = 200
    if form.is_valid():
        if send_feedback(request, form.cleaned_data):
            return redirect(request.path + "?sent=1")
        form.add_error(None, _("Your message could not be sent. Please try again."))
        status = 503
    context = {"form": form, "sent": request.GET.get("sent") == "1"}
    return render(request, "home/accessibility_feedback.html", context, status=status)


def send_feedback(request, data):
    """Mails one feedback message; returns whether it was sent."""
    body = _("Message:\n%(message)s\n\nPage: %(page)s") % {
        "message": data["message"],
        "page": data["page"] or "-",
    }
    mail = EmailMessage(
        subject=_("Accessibility feedback"),
        body=body,
        to=[feedback_address(request)],
        reply_to=[data["email"]] if data["email"] else None,
    )
    try:
        mail.send()
    except OSError:
        logger.exception("accessibility feedback could not be mailed")
        return False
    logger.info("accessibility feedback mailed (%d characters)", len(data["message"]))
    return True


def feedback_address(request):
    """Returns the address from the site's settings, else the sender address."""
    site = Site.find_for_request(request)
    found = AccessibilitySettings.objects.filter(site=site).first()
    return getattr(found, "feedback_email", "") or settings.DEFAULT_FROM_EMAIL
