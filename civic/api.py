"""The read-only JSON API (Wagtail API v2): initiatives, events, districts and
Budget Game sessions.

Each endpoint serves one page type and only the fields in its ``api_fields``;
the generic ``pages`` endpoint is not registered, so a page type added later is
not exposed until someone decides to. Mount ``api_router.urls`` in the project.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from civic.budget_games.open_data import GAME_DATA
from civic.models import (
    BudgetGamePage,
    DistrictPage,
    EventPage,
    InitiativePage,
    Theme,
)

# Query parameters handled by ``DistrictThemeFilter`` instead of Wagtail's own.
FILTERED_HERE = {"district", "themes"}


class DistrictThemeFilter(BaseFilterBackend):
    """Filters by ``?district=<id of the district in any language>`` and
    ``?theme=<slug>``, answering 400 for a district or theme that does not exist.
    """

    def filter_queryset(self, request, queryset, view):
        if "district" in request.GET:
            district = find_district(request.GET["district"])
            queryset = queryset.filter(district__translation_key=district)
        if "theme" in request.GET:
            slug = request.GET["theme"]
            if not Theme.objects.filter(slug=slug).exists():
                raise BadRequestError(_("There is no theme with this name."))
            queryset = queryset.filter(themes__slug=slug)
        return queryset


def find_district(value):
    """Returns the translation key of the live district with id ``value``.

    Raises:
        BadRequestError: when there is no such district.
    """
    key = None
    if value.isdigit():
        pages = DistrictPage.objects.live().public().filter(pk=int(value))
        key = pages.values_list("translation_key", flat=True).first()
    if key is None:
        raise BadRequestError(_("There is no district with this id."))
    return key


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's page endpoint narrowed to one page type, answering JSON only."""

    renderer_classes = [JSONRenderer]
    filter_backends = [DistrictThemeFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = (PagesAPIViewSet.known_query_parameters - {"type"}) | {
        "district",
        "theme",
    }

    def get_queryset(self):
        return self.for_listing(super().get_queryset())

    @staticmethod
    def for_listing(queryset):
        """Returns ``queryset`` with its relations fetched up front."""
        return queryset

    def handle_exception(self, exc):
        # DRF raises a bare Http404 for an unknown ?format=; say what it means.
        if isinstance(exc, Http404) and not str(exc):
            exc = Http404(_("Not found: no such item, or an unsupported format."))
        return super().handle_exception(exc)

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            fields = [name for name in fields if name not in FILTERED_HERE]
        return fields


class InitiativesAPIViewSet(PublicPagesAPIViewSet):
    model = InitiativePage
    name = "initiatives"
    for_listing = staticmethod(InitiativePage.for_listing)


class EventsAPIViewSet(PublicPagesAPIViewSet):
    model = EventPage
    name = "events"

    @staticmethod
    def for_listing(queryset):
        return EventPage.for_listing(queryset).prefetch_related("themes")


class DistrictsAPIViewSet(PublicPagesAPIViewSet):
    model = DistrictPage
    name = "districts"

    @staticmethod
    def for_listing(queryset):
        return queryset.select_related("locale").prefetch_related("visits")

    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters - {
        "district",
        "theme",
    }


class BudgetGamesAPIViewSet(PublicPagesAPIViewSet):
    model = BudgetGamePage
    name = "budget-games"
    for_listing = staticmethod(BudgetGamePage.for_listing)
    # Computing a session's result takes a few queries: only one at a time.
    detail_only_fields = [*PublicPagesAPIViewSet.detail_only_fields, *GAME_DATA]
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters - {"theme"}


api_router = WagtailAPIRouter("civicapi")
VIEWSETS = (
    InitiativesAPIViewSet,
    EventsAPIViewSet,
    DistrictsAPIViewSet,
    BudgetGamesAPIViewSet,
)
for viewset in VIEWSETS:
    api_router.register_endpoint(viewset.name, viewset)
