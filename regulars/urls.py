from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("regulars.api.urls")),
    path("", include("regulars.web.urls")),
]
