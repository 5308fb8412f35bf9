"""General information pages: privacy notice, accessibility statement, about."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from civic.blocks import BodyBlock


class InformationPage(Page):
    """A plain page of text, such as the privacy notice or the accessibility
    statement, that sits anywhere in the tree.
    """

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    subpage_types = ["civic.InformationPage"]

    class Meta:
        verbose_name = _("information page")
