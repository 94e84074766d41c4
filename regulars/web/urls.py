from django.contrib.auth import views as auth_views
from django.urls import path

from regulars.web import commitment_views, views

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
    path("customers/<int:customer_id>/interactions/", commitment_views.interaction_add,
         name="interaction-add"),
    path("customers/<int:customer_id>/promises/", commitment_views.promise_add,
         name="promise-add"),
    path("commitments/<int:commitment_id>/complete/", commitment_views.commitment_complete,
         name="commitment-complete"),
    path("commitments/<int:commitment_id>/cancel/", commitment_views.commitment_cancel,
         name="commitment-cancel"),
    path("day/", commitment_views.my_day, name="day"),
    path("playbook/", commitment_views.playbook, name="playbook"),
    path("playbook/<int:rule_id>/", commitment_views.rule_edit, name="rule-edit"),
    path("feeds/<str:secret>.ics", commitment_views.calendar_feed, name="calendar-feed"),
]
