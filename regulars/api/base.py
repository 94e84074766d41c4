"""The JSON API: bearer tokens per staff member and business, errors as {"error": ...}."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer

from regulars.businesses.models import ApiToken


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        row = ApiToken.objects.resolve(token)
        if row is None:
            return None
        now = timezone.now()
        if row.last_used_at is None or (now - row.last_used_at).total_seconds() > 60:
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        request.membership = row.membership
        request.business = row.membership.business
        request.user = row.membership.user
        return row


api = NinjaAPI(
    title="Regulars API",
    version="1",
    urls_namespace="api",
    auth=TokenAuth(),
    description=(
        "Customers, their notes and remembered facts, and recognition. Authenticate with "
        "`Authorization: Bearer <token>` (`regulars create_token`). Errors are "
        '`{"error": "..."}` with a 4xx status.'
    ),
)


def _describe(error: dict) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "payload"))
    msg = error.get("msg", "invalid")
    return f"{where}: {msg}" if where else msg


@api.exception_handler(NinjaValidationError)
def invalid_request(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = [dict(e) for e in exc.errors]
    for e in errors:
        e.pop("ctx", None)
        e.pop("url", None)
        e.pop("input", None)
    message = "; ".join(_describe(e) for e in errors[:5]) or "invalid request"
    return api.create_response(request, {"error": message, "details": errors}, status=422)


@api.exception_handler(DjangoValidationError)
def invalid_data(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        fields = exc.message_dict
        message = "; ".join(f"{k}: {' '.join(v)}" for k, v in fields.items())
    else:
        fields = {}
        message = " ".join(exc.messages)
    return api.create_response(request, {"error": message, "fields": fields}, status=422)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"error": "Not found."}, status=404)


@api.exception_handler(AuthenticationError)
def unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request, {"error": "A valid bearer token is required."}, status=401
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(request, {"error": str(exc)}, status=exc.status_code)
