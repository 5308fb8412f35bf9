"""Permissions of the Editors and Moderators groups, and the demo accounts.

Passwords come from the environment. A new account without one gets a random
password, returned once so that the command can show it; an existing account
keeps its password unless the environment names a different one.
"""

import logging
import os
import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

logger = logging.getLogger("kortrijk.demo")

EDITORS, MODERATORS = "Editors", "Moderators"

# Model permissions as "app_label.codename", per group.
COMMON_PERMISSIONS = ("wagtailadmin.access_admin", "wagtailimages.choose_image")
GROUP_PERMISSIONS = {
    EDITORS: COMMON_PERMISSIONS
    + (
        "civic.add_theme",
        "civic.change_theme",
        "civic.delete_theme",
        "civic.view_theme",
        # What wagtail-localize checks before it offers "Translate this page".
        "wagtail_localize.submit_translation",
    ),
    MODERATORS: COMMON_PERMISSIONS,
}
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


@dataclass(frozen=True)
class DemoAccount:
    """A demo account: its group (none for the superuser) and password variable."""

    username: str
    first_name: str
    group: str
    password_variable: str
    superuser: bool = False


ACCOUNTS = (
    DemoAccount("redacteur", "Redactie", EDITORS, "DEMO_EDITOR_PASSWORD"),
    DemoAccount("moderator", "Moderatie", MODERATORS, "DEMO_MODERATOR_PASSWORD"),
    DemoAccount("beheerder", "Beheer", "", "DEMO_ADMIN_PASSWORD", superuser=True),
)
EMAIL_DOMAIN = "kortrijk.example"


def find_permission(dotted):
    """Returns the Permission named "app_label.codename"."""
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group_permissions(home_pages):
    """Gives both groups their model permissions and, on every translation of
    the home page, the right to add, change and publish pages.

    The French and English home pages sit beside the Dutch one under the tree
    root, so a permission on the Dutch home page alone would not reach them.
    """
    page_permissions = [find_permission(f"wagtailcore.{c}") for c in PAGE_PERMISSIONS]
    for name, dotted_names in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[find_permission(dotted) for dotted in dotted_names])
        for page in home_pages:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )


def ensure_accounts():
    """Creates the missing demo accounts; returns [(username, password)] of the
    new ones, the password empty unless it was generated and must be shown.
    """
    created = []
    for account in ACCOUNTS:
        password = ensure_account(account)
        if password is not None:
            created.append((account.username, password))
    return created


def ensure_account(account):
    """Creates or updates one account. Returns None for an existing account,
    else the generated password, or "" when the environment gave one.
    """
    User = get_user_model()
    from_environment = os.environ.get(account.password_variable, "")
    user = User.objects.filter(username=account.username).first()
    if user is not None:
        if account.group:
            user.groups.add(Group.objects.get(name=account.group))
        if from_environment and not user.check_password(from_environment):
            user.set_password(from_environment)
            user.save(update_fields=["password"])
            logger.info("Set the password of %s from the environment", user.username)
        return None

    password = from_environment or secrets.token_urlsafe(18)
    user = User.objects.create_user(
        username=account.username,
        email=f"{account.username}@{EMAIL_DOMAIN}",
        password=password,
        first_name=account.first_name,
        last_name="Demo",
        is_staff=account.superuser,
        is_superuser=account.superuser,
    )
    if account.group:
        user.groups.add(Group.objects.get(name=account.group))
    logger.info("Created demo user %s (id %s)", user.username, user.pk)
    return "" if from_environment else password
