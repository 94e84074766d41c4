from django.urls import path

from regulars.api.base import api
from regulars.api.customers import router as customers

api.add_router("", customers)

urlpatterns = [path("", api.urls)]
