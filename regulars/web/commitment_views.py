"""Desk pages for what we owe: log an interaction, promise, my day, the playbook, the feed."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from regulars.commitments import services
from regulars.commitments.feed import calendar_for
from regulars.commitments.models import CalendarFeed, Commitment, Rule
from regulars.visits import services as visit_services
from regulars.visits.models import Interaction
from regulars.web.forms import InteractionForm, PromiseForm, RuleForm
from regulars.web.views import customer_or_404, desk_view


@desk_view
@require_POST
def interaction_add(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    form = InteractionForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            visit_services.log_interaction(
                business=request.business, staff=request.user, customer_id=customer.pk,
                kind=d["kind"], summary=d["summary"], amount=d["amount"], note=d["note"],
            )
        except ValidationError as e:
            messages.error(request, "Not logged: " + " ".join(e.messages))
        else:
            messages.success(request, f"Logged: {dict(Interaction.KINDS)[d['kind']]}.")
    else:
        messages.error(request, "Not logged: " + " ".join(
            f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
    return redirect(customer)


@desk_view
@require_POST
def promise_add(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = customer_or_404(request, customer_id)
    form = PromiseForm(request.POST, business=request.business)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.create_commitment(
                customer=customer, kind=d["kind"], text=d["text"], owner=d["owner"],
                due_at=d["due_at"], by=request.user,
            )
        except ValidationError as e:
            messages.error(request, "Not saved: " + " ".join(e.messages))
        else:
            messages.success(request, "Promise recorded.")
    else:
        messages.error(request, "Not saved: " + " ".join(
            f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
    return redirect(customer)


def _commitment(request: HttpRequest, commitment_id: int) -> Commitment:
    return get_object_or_404(
        Commitment.objects.for_business(request.business).select_related("customer", "business"),
        pk=commitment_id,
    )


@desk_view
@require_POST
def commitment_complete(request: HttpRequest, commitment_id: int) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    try:
        services.complete(commitment=commitment, outcome=request.POST.get("outcome", ""),
                          by=request.user)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    else:
        messages.success(request, f"Done: {commitment.text}")
    return redirect(request.POST.get("next") or commitment.customer.get_absolute_url())


@desk_view
@require_POST
def commitment_cancel(request: HttpRequest, commitment_id: int) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    try:
        services.cancel(commitment=commitment, by=request.user,
                        reason=request.POST.get("reason", ""))
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
    return redirect(request.POST.get("next") or commitment.customer.get_absolute_url())


@desk_view
def my_day(request: HttpRequest) -> HttpResponse:
    """What I owe today and what is overdue; an owner can look at anyone's day."""
    now = timezone.now()
    end_of_day = datetime.datetime.combine(
        timezone.localdate(now) + datetime.timedelta(days=1), datetime.time(),
        request.business.tz,
    )
    person = request.user
    everyone = request.membership.is_owner and request.GET.get("who") == "all"
    if request.membership.is_owner and request.GET.get("who", "").isdigit():
        person = get_object_or_404(request.business.staff(), pk=int(request.GET["who"]))
    rows = (
        Commitment.objects.for_business(request.business).due(end_of_day)
        .select_related("customer", "owner").order_by("due_at", "id")
    )
    if not everyone:
        rows = rows.for_owner(person)
    rows = list(rows[:300])
    staff = request.business.staff() if request.membership.is_owner else []
    feed, _ = CalendarFeed.objects.get_or_create(user=request.user)
    return render(request, "web/day.html", {
        "overdue": [c for c in rows if c.due_at < now],
        "today": [c for c in rows if c.due_at >= now],
        "person": person, "everyone": everyone, "staff": staff,
        "feed_url": request.build_absolute_uri(f"/feeds/{feed.secret}.ics"),
    })


@desk_view
def playbook(request: HttpRequest) -> HttpResponse:
    rules = list(Rule.objects.for_business(request.business))
    return render(request, "web/playbook.html", {"rules": rules})


@desk_view
def rule_edit(request: HttpRequest, rule_id: int) -> HttpResponse:
    rule = get_object_or_404(Rule.objects.for_business(request.business), pk=rule_id)
    if not request.membership.is_owner:
        return HttpResponseForbidden("Only an owner can change the playbook.")
    form = RuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved: {rule.name}")
        return redirect("playbook")
    return render(request, "web/rule_form.html", {"form": form, "rule": rule})


def calendar_feed(request: HttpRequest, secret: str) -> HttpResponse:
    """Serve one person's open commitments as iCalendar; the secret is the key."""
    feed = CalendarFeed.objects.select_related("user").filter(secret=secret).first()
    if feed is None or not feed.user.is_active:
        raise Http404("No such calendar.")
    return HttpResponse(calendar_for(feed.user), content_type="text/calendar; charset=utf-8")

