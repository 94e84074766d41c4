from django.apps import AppConfig
from django.db.models.signals import post_save


class CommitmentsConfig(AppConfig):
    name = "regulars.commitments"

    def ready(self) -> None:
        from regulars.businesses.models import Business

        post_save.connect(_give_new_business_a_playbook, sender=Business,
                          dispatch_uid="default-playbook")


def _give_new_business_a_playbook(sender, instance, created: bool, raw: bool = False, **kw):
    """Every new business starts with the essays' playbook, which its owner can edit."""
    if created and not raw:
        from regulars.commitments.playbooks import install_defaults

        install_defaults(instance)
