"""Creates the "Citizen submission" workflow and a first set of decline reasons.

The workflow has two review steps: an admissibility check by the Moderators
group, then approval by a new "Communication team" group. The last approval
publishes the page as the approving user, and Wagtail checks that user's publish
permission, so the communication team is made as Wagtail's Editors group plus
the right to publish pages. The workflow is assigned to no page: the submission
flow starts it itself.
"""

import uuid

from django.db import migrations

WORKFLOW_NAME = "Citizen submission"
STEPS = [
    ("Admissibility check", "Moderators"),
    ("Approval by the communication team", "Communication team"),
]

# (title, {language: text}); editors adjust and translate them as snippets.
REASONS = [
    (
        "Niet over Kortrijk",
        {
            "nl": "Je voorstel gaat niet over Kortrijk of een van zijn deelgemeenten.",
            "fr": "Votre proposition ne concerne pas Courtrai ou l'une de ses sections.",
            "en": "Your submission is not about Kortrijk or one of its districts.",
        },
    ),
    (
        "Bestaat al",
        {
            "nl": "Er staat al een gelijkaardig initiatief op de website. Sluit je "
            "gerust daarbij aan.",
            "fr": "Une initiative semblable figure déjà sur le site. N'hésitez pas à "
            "la rejoindre.",
            "en": "A similar initiative is already on the website. You are welcome "
            "to join it.",
        },
    ),
    (
        "Reclame of verkiezingspropaganda",
        {
            "nl": "Reclame en politieke propaganda kunnen we niet publiceren.",
            "fr": "Nous ne pouvons pas publier de publicité ni de propagande "
            "politique.",
            "en": "We cannot publish advertising or political campaigning.",
        },
    ),
    (
        "Huisregels",
        {
            "nl": "Je tekst volgt de huisregels van de website niet (respect, geen "
            "persoonsgegevens van anderen).",
            "fr": "Votre texte ne respecte pas les règles du site (respect, pas de "
            "données personnelles d'autrui).",
            "en": "Your text does not follow the website's house rules (respect, no "
            "personal data of others).",
        },
    ),
]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    CitizenReviewTask = apps.get_model("civic_submissions", "CitizenReviewTask")

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    task_type, _created = ContentType.objects.get_or_create(
        app_label="civic_submissions", model="citizenreviewtask"
    )
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    for order, (name, group_name) in enumerate(STEPS):
        task = CitizenReviewTask.objects.create(
            name=name, content_type=task_type, active=True
        )
        group, _created = Group.objects.get_or_create(name=group_name)
        task.groups.add(group)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)


def create_communication_team(apps, schema_editor):
    """Creates the group with the Editors' permissions plus publishing."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Page = apps.get_model("wagtailcore", "Page")

    team, created = Group.objects.get_or_create(name="Communication team")
    editors = Group.objects.filter(name="Editors").first()
    if not created or editors is None:
        return
    team.permissions.set(editors.permissions.all())
    for grant in GroupPagePermission.objects.filter(group=editors):
        GroupPagePermission.objects.get_or_create(
            group=team, page_id=grant.page_id, permission_id=grant.permission_id
        )
    for grant in GroupCollectionPermission.objects.filter(group=editors):
        GroupCollectionPermission.objects.get_or_create(
            group=team,
            collection_id=grant.collection_id,
            permission_id=grant.permission_id,
        )
    publish = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="publish_page"
    ).first()
    root = Page.objects.filter(depth=1).first()
    if publish and root:
        GroupPagePermission.objects.get_or_create(
            group=team, page=root, permission=publish
        )


def create_reasons(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    DeclineReason = apps.get_model("civic_submissions", "DeclineReason")

    locales = {
        locale.language_code: locale
        for locale in Locale.objects.filter(language_code__in=["nl", "fr", "en"])
    }
    for title, texts in REASONS:
        key = uuid.uuid4()
        for code, locale in locales.items():
            DeclineReason.objects.create(
                title=title, text=texts[code], locale=locale, translation_key=key
            )


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    CitizenReviewTask = apps.get_model("civic_submissions", "CitizenReviewTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    CitizenReviewTask.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("civic_submissions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [
        migrations.RunPython(create_communication_team, migrations.RunPython.noop),
        migrations.RunPython(create_workflow, remove_workflow),
        migrations.RunPython(create_reasons, migrations.RunPython.noop),
    ]
