"""Public URLs of the submission flow; include them inside ``i18n_patterns``."""

from django.urls import path

from . import views

app_name = "civic_submissions"

urlpatterns = [
    path("", views.submit, name="submit"),
    path("school/", views.submit, {"school": True}, name="submit_school"),
    path("sent/", views.sent, name="sent"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("edit/<str:token>/", views.edit, name="edit"),
]
