from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "regulars.outbox"
    verbose_name = "Outbox"
