"""The project's URLs plus ``/trivial/``: the fastest answer the same server,
middleware and workers can give, the ceiling the pages are compared with.
"""

from django.http import HttpResponse
from django.urls import path

from kortrijk.urls import urlpatterns as project_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("trivial/", trivial), *project_urlpatterns]
