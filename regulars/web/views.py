"""Desk pages: search, customers, their profile and memory."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from regulars.businesses.middleware import SESSION_KEY
from regulars.businesses.models import Membership
from regulars.customers import services
from regulars.customers.greeting import build_card, cards_for
from regulars.customers.models import Customer, Fact
from regulars.customers.recognition import lookup
from regulars.memory import schema
from regulars.outbox.models import Message
from regulars.web.forms import (
    CustomerForm,
    FactForm,
    InteractionForm,
    NoteForm,
    PromiseForm,
)

# How the desk groups a customer's memory: (heading, test on a current fact).
PROFILE_GROUPS: list[tuple[str, Callable[[Fact], bool]]] = [
    ("Household & pets", lambda f: f.kind in ("person", "pet")),
    ("Coming up", lambda f: (f.kind == "event" and f.data.get("status") == "upcoming")
        or (f.kind == "trip" and f.data.get("status") == "planned")),
    ("Likes & dislikes", lambda f: f.kind == "preference"),
    ("Dietary", lambda f: f.kind == "dietary"),
    ("Interests", lambda f: f.kind == "interest"),
    ("Work & school", lambda f: f.kind in ("occupation", "school")),
    ("Places", lambda f: f.kind == "place"),
    ("Trips & moments", lambda f: f.kind in ("trip", "event")),
]


def desk_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Require a signed-in member of a business."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.business is None:
            return render(request, "web/no_business.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


def customer_or_404(request: HttpRequest, customer_id: int) -> Customer:
    """Return the current business's customer, or 404: never another business's."""
    return get_object_or_404(
        Customer.objects.for_business(request.business).select_related("owner"), pk=customer_id
    )


def _fact(request: HttpRequest, fact_id: int) -> Fact:
    return get_object_or_404(
        Fact.objects.for_business(request.business).select_related("customer", "note"),
        pk=fact_id,
    )


@desk_view
def home(request: HttpRequest) -> HttpResponse:
    mine = (
        Customer.objects.for_business(request.business)
        .filter(owner=request.user)
        .order_by("-updated_at")[:8]
    )
    recent = Customer.objects.for_business(request.business).order_by("-updated_at")[:8]
    return render(request, "web/home.html", {"mine": mine, "recent": recent})


@desk_view
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    matches = lookup(request.business, query, limit=10) if query else []
    cards = cards_for([m.customer for m in matches], timezone.localdate())
    if len(matches) == 1 and not request.htmx and matches[0].score >= 95:
        return redirect(matches[0].customer)
    results = [(m, cards[m.customer.pk]) for m in matches]
    template = "web/_search_results.html" if request.htmx else "web/search.html"
    return render(request, template, {"query": query, "results": results})


@desk_view
def customer_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    rows = (
        Customer.objects.for_business(request.business)
        .search(query)
        .select_related("owner")
        .prefetch_related("contacts")
        .order_by("last_name", "first_name", "id")
    )
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "web/customer_list.html", {"page": page, "query": query})


@desk_view
def customer_new(request: HttpRequest) -> HttpResponse:
    form = CustomerForm(request.POST or None, business=request.business)
    if request.method == "POST" and form.is_valid():
        try:
            customer = services.create_customer(
                business=request.business, **form.service_kwargs()
            )
        except ValidationError as e:
            _add_errors(form, e)
        else:
            messages.success(request, f"Added {customer.full_name}.")
            return redirect(customer)
    return render(request, "web/customer_form.html", {"form": form, "customer": None})


@desk_view
def customer_edit(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    form = CustomerForm(
        request.POST or None, business=request.business,
        initial=CustomerForm.initial_for(customer),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_customer(customer=customer, **form.service_kwargs())
        except ValidationError as e:
            _add_errors(form, e)
        else:
            messages.success(request, "Saved.")
            return redirect(customer)
    return render(request, "web/customer_form.html", {"form": form, "customer": customer})


def _add_errors(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@desk_view
def customer_profile(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    facts = list(customer.facts.select_related("note", "author"))
    current = [f for f in facts if f.is_current]
    open_commitments = list(
        customer.commitments.open().select_related("owner", "customer").order_by("due_at")
    )
    card = build_card(customer, current, timezone.localdate(),
                      owes=[c.text for c in open_commitments])
    return render(request, "web/profile.html", {
        "open_commitments": open_commitments,
        "promise_form": PromiseForm(
            business=request.business, initial={"owner": customer.owner_id or request.user.pk},
            auto_id="promise_%s",
        ),
        "interaction_form": InteractionForm(auto_id="log_%s"),
        "recent_interactions": customer.interactions.all()[:5],
        "outbox_messages": Message.objects.for_customer(customer)[:20],
        "customer": customer,
        "card": card,
        "groups": _group(current),
        "history": [f for f in facts if not f.is_current],
        "notes": customer.notes.select_related("author").prefetch_related("facts")[:100],
        "note_form": NoteForm(),
        "fact_kinds": schema.KINDS,
    })


def _group(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    groups: dict[str, list[Fact]] = {heading: [] for heading, _ in PROFILE_GROUPS}
    for fact in facts:
        for heading, belongs in PROFILE_GROUPS:
            if belongs(fact):
                groups[heading].append(fact)
                break
    return [(heading, items) for heading, items in groups.items() if items]


@desk_view
@require_POST
def note_add(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(
                customer=customer,
                text=form.cleaned_data["text"],
                author=request.user,
                author_kind=form.cleaned_data["author_kind"],
            )
        except ValidationError as e:
            _add_errors(form, e)
    if form.errors:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, f"The note was not saved: {error}")
    else:
        messages.success(request, "Note saved.")
    return redirect(customer)


@desk_view
def fact_new(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    kind = request.GET.get("kind") or request.POST.get("kind") or "person"
    if kind not in schema.FIELDS:
        return HttpResponseBadRequest("Unknown kind of fact.")
    form = FactForm(request.POST or None, kind=kind)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_fact(
                customer=customer, kind=kind, about=form.cleaned_data["about"],
                fields=form.fact_fields(), author=request.user,
            )
        except ValidationError as e:
            _add_errors(form, e)
        else:
            messages.success(request, "Remembered.")
            return redirect(customer)
    template = "web/_fact_fields.html" if request.htmx else "web/fact_form.html"
    return render(request, template, {
        "customer": customer, "form": form, "kind": kind, "kinds": schema.KINDS, "fact": None,
    })


@desk_view
def fact_edit(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = _fact(request, fact_id)
    initial = {"about": fact.about, **fact.data}
    form = FactForm(request.POST or None, kind=fact.kind, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_fact(
                fact=fact, fields=form.fact_fields(), about=form.cleaned_data["about"]
            )
        except ValidationError as e:
            _add_errors(form, e)
        else:
            messages.success(request, "Corrected.")
            return redirect(fact.customer)
    return render(request, "web/fact_form.html", {
        "customer": fact.customer, "form": form, "kind": fact.kind, "fact": fact,
    })


@desk_view
@require_POST
def fact_status(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = _fact(request, fact_id)
    status = request.POST.get("status")
    if status not in (Fact.CONFIRMED, Fact.RETIRED, Fact.SUGGESTED):
        return HttpResponseBadRequest("Status must be confirmed, retired or suggested.")
    services.edit_fact(fact=fact, status=status)
    return redirect(fact.customer)


@login_required
@require_POST
def switch_business(request: HttpRequest) -> HttpResponse:
    business_id = request.POST.get("business", "")
    membership = None
    # Anything but a plausible id would make the query raise instead of miss.
    if business_id.isdecimal() and len(business_id) < 19:
        membership = Membership.objects.filter(
            user=request.user, business_id=int(business_id)
        ).first()
    if membership is None:
        return HttpResponseBadRequest("You are not a member of that business.")
    request.session[SESSION_KEY] = membership.business_id
    return redirect("home")
