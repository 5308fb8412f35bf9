"""The public submission forms and the moderators' decision forms."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from civic.models import DistrictPage, InitiativePage, Theme
from civic.models.listing import in_locale_with_fallback

from . import photos
from .conf import submission_setting
from .models import DeclineReason, Submission

phone_validator = RegexValidator(
    r"^\+?[0-9 ()./-]{6,30}$", _("Enter a phone number with digits only.")
)


def one_line(value):
    """Returns ``value`` with runs of white space (newlines too) made one space."""
    return " ".join(value.split())


class ContentForm(forms.Form):
    """The public fields of an initiative or wish, shared by submit and edit."""

    kind = forms.ChoiceField(
        label=_("What do you want to share?"),
        choices=InitiativePage.KIND_CHOICES,
        widget=forms.RadioSelect,
        initial=InitiativePage.KIND_INITIATIVE,
        help_text=_(
            "An initiative is something you do or want to do; a wish is "
            "something you would like to see happen."
        ),
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=120,
        help_text=_("A few words, e.g. “Plant boxes in the Kapelstraat”."),
    )
    summary = forms.CharField(
        label=_("Short summary"),
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One or two sentences, at most 280 characters."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What is it about, who takes part, what happens next?"),
    )
    district = forms.ChoiceField(
        label=pgettext_lazy("area of the city", "District"), required=False
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    needs = forms.MultipleChoiceField(
        label=_("What is needed?"),
        required=False,
        choices=InitiativePage.NEEDS,
        widget=forms.CheckboxSelectMultiple,
    )
    location_name = forms.CharField(
        label=_("Where? (optional)"),
        max_length=200,
        required=False,
        help_text=_("A street, square or building. Never a private address."),
    )
    latitude = forms.FloatField(
        label=_("Latitude"), required=False, min_value=-90, max_value=90
    )
    longitude = forms.FloatField(
        label=_("Longitude"), required=False, min_value=-180, max_value=180
    )
    public_author = forms.CharField(
        label=_("Your name as shown on the website"),
        max_length=120,
        help_text=_("A first name, or “a resident of Heule”, is fine."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        locale = locale or Locale.get_active()
        self.districts = district_choices(locale)
        self.fields["district"].choices = [("", _("The whole city / not sure"))] + [
            (str(page.pk), page.title) for page in self.districts.values()
        ]
        self.fields["themes"].choices = [
            (theme.slug, theme.label()) for theme in Theme.objects.all()
        ]

    def clean_title(self):
        return one_line(self.cleaned_data["title"])

    def clean_public_author(self):
        return one_line(self.cleaned_data["public_author"])

    def clean(self):
        data = super().clean()
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            raise forms.ValidationError(
                _("Pick a spot on the map, or leave both coordinates empty.")
            )
        return data

    def content(self):
        """Returns the public fields as JSON-ready values."""
        data = self.cleaned_data
        names = ["kind", "title", "summary", "description", "location_name"]
        content = {name: data[name] for name in names + ["themes", "needs"]}
        content["public_author"] = data["public_author"]
        for name in ("latitude", "longitude"):
            value = data.get(name)
            content[name] = None if value is None else round(value, 6)
        return content

    def chosen_district(self):
        return self.districts.get(self.cleaned_data.get("district") or "")


def district_choices(locale):
    """Returns {pk as text: district page} of the live districts in ``locale``."""
    pages = in_locale_with_fallback(DistrictPage.objects.live().public(), locale)
    pages = pages.order_by("title").only("pk", "title", "translation_key")
    return {str(page.pk): page for page in pages}


class SubmissionForm(ContentForm):
    """The form a resident fills in, without an account."""

    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_(
            "We send you a link to confirm, and tell you what happens to your "
            "idea. It is never shown on the website."
        ),
    )
    phone = forms.CharField(
        label=_("Your phone number (optional)"),
        max_length=30,
        required=False,
        validators=[phone_validator],
        help_text=_("Only if you prefer a call from the city. Never shown."),
    )
    age_group = forms.ChoiceField(
        label=_("Your age"),
        choices=Submission.AGE_CHOICES[:2],
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that the city keeps my "
            "contact details to handle this submission."
        ),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    school_mode = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number in range(1, submission_setting("CIVIC_SUBMISSION_MAX_PHOTOS") + 1):
            self.fields[f"photo_{number}"] = forms.FileField(
                label=_("Photo %(number)s (optional)") % {"number": number},
                required=False,
                widget=forms.ClearableFileInput(
                    attrs={"accept": "image/jpeg,image/png,image/webp"}
                ),
                help_text=_("JPEG, PNG or WebP, at most 10 MB."),
            )
            self.fields[f"photo_{number}_alt"] = forms.CharField(
                label=_("What does photo %(number)s show?") % {"number": number},
                max_length=250,
                required=False,
                help_text=_("Needed with a photo, for people who cannot see it."),
            )

    def photo_numbers(self):
        return range(1, submission_setting("CIVIC_SUBMISSION_MAX_PHOTOS") + 1)

    def clean(self):
        data = super().clean()
        self.clean_photos()
        return data

    def clean_photos(self):
        self.clean_photo_list = []
        for number in self.photo_numbers():
            upload = self.cleaned_data.get(f"photo_{number}")
            if not upload:
                continue
            alt = self.cleaned_data.get(f"photo_{number}_alt", "")
            try:
                photo = photos.clean_photo(upload)
            except forms.ValidationError as error:
                self.add_error(f"photo_{number}", error)
                continue
            if not alt:
                self.add_error(
                    f"photo_{number}_alt",
                    _("Say in a few words what the photo shows."),
                )
            self.clean_photo_list.append((photo, alt))

    def contact(self):
        data = self.cleaned_data
        return {"email": data["email"], "phone": data.get("phone", "")}

    def age_group_value(self):
        return self.cleaned_data["age_group"]


class SchoolSubmissionForm(SubmissionForm):
    """School mode: a teacher or youth worker submits for a class or group.

    No personal data of the children is asked: the public name is the group's,
    the email is the adult's, and there is no phone or age question.
    """

    school_mode = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["phone"]
        del self.fields["age_group"]
        author = self.fields["public_author"]
        author.label = _("Name of the class or group, as shown on the website")
        author.help_text = _(
            "For example “Class 5B of De Vlieger”. Do not write children's names."
        )
        email = self.fields["email"]
        email.label = _("Your email address (teacher or youth worker)")

    def contact(self):
        return {"email": self.cleaned_data["email"], "phone": ""}

    def age_group_value(self):
        return Submission.AGE_GROUP


class RequestChangesForm(forms.Form):
    """What a moderator asks the submitter to change; mailed to them."""

    comment = forms.CharField(
        label=_("Message to the submitter"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
        help_text=_("Say what to change. The submitter receives a link to edit."),
    )


class DeclineForm(forms.Form):
    """A reason from the editable list, plus optional words of the moderator."""

    reason = forms.ChoiceField(label=_("Reason"))
    comment = forms.CharField(
        label=_("Additional message to the submitter (optional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reasons = DeclineReason.objects.filter(locale=Locale.get_default())
        # Ids, not objects: Wagtail sends the cleaned data through JSON when the
        # action is taken from the page editor.
        self.fields["reason"].choices = [("", "---------")] + [
            (str(reason.pk), reason.title) for reason in reasons
        ]
