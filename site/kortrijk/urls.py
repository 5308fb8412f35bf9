from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from civic.api import api_router
from civic.sitemaps import sitemap
from home.views import accessibility_feedback

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /nl/, /fr/, /en/.
urlpatterns += i18n_patterns(
    path("submit/", include("civic.submissions.urls")),
    path("search/", include("search.urls")),
    path(
        "accessibility-feedback/",
        accessibility_feedback,
        name="accessibility_feedback",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
