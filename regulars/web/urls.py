from django.contrib.auth import views as auth_views
from django.urls import path

from regulars.web import views

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("switch/", views.switch_business, name="switch-business"),
    path("customers/", views.customer_list, name="customers"),
    path("customers/new/", views.customer_new, name="customer-new"),
    path("customers/<int:customer_id>/", views.customer_profile, name="customer"),
    path("customers/<int:customer_id>/edit/", views.customer_edit, name="customer-edit"),
    path("customers/<int:customer_id>/notes/", views.note_add, name="note-add"),
    path("customers/<int:customer_id>/facts/new/", views.fact_new, name="fact-new"),
    path("facts/<int:fact_id>/edit/", views.fact_edit, name="fact-edit"),
    path("facts/<int:fact_id>/status/", views.fact_status, name="fact-status"),
]
