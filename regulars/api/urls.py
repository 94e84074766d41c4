from django.urls import path

from regulars.api.base import api
from regulars.api.commitments import router as commitments
from regulars.api.customers import router as customers

api.add_router("", customers)
api.add_router("", commitments)

urlpatterns = [path("", api.urls)]
