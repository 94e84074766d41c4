"""Which business the signed-in person is working in right now."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from regulars.businesses.models import Membership

SESSION_KEY = "business_id"


def current_membership(request: HttpRequest) -> Membership | None:
    user = request.user
    if not user.is_authenticated:
        return None
    memberships = Membership.objects.select_related("business").filter(user=user)
    chosen = request.session.get(SESSION_KEY)
    if chosen is not None:
        found = memberships.filter(business_id=chosen).first()
        if found:
            return found
    return memberships.order_by("business__name").first()


class CurrentBusinessMiddleware:
    """Set request.membership and request.business from the session's choice."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = None
        request.business = None
        # The API authenticates with bearer tokens and sets these itself.
        if not request.path.startswith("/api/"):
            membership = current_membership(request)
            if membership:
                request.membership = membership
                request.business = membership.business
        if request.business is not None:
            # The desk shows times as they are on the business's own clock.
            with timezone.override(request.business.tz):
                return self.get_response(request)
        return self.get_response(request)


def business_context(request: HttpRequest) -> dict:
    membership = getattr(request, "membership", None)
    if membership is None:
        return {}
    others = Membership.objects.select_related("business").filter(user=request.user)
    return {
        "business": membership.business,
        "membership": membership,
        "my_businesses": [m.business for m in others],
    }
