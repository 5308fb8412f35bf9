"""StreamField blocks shared by the plugin's page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text that its context needs."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Write “-” for a purely decorative image."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "civic/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A resident's or worker's words, with who said them."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "civic/blocks/quote_block.html"


class EasyReadBlock(blocks.StructBlock):
    """A short introduction in easy-to-read language, shown in a framed box."""

    text = blocks.TextBlock(
        label=_("Easy-to-read text"),
        help_text=_("Short sentences, common words, one idea per sentence."),
    )

    class Meta:
        icon = "user"
        label = _("Easy to read")
        template = "civic/blocks/easy_read_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of the plugin's pages."""

    easy_read = EasyReadBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    image = ImageBlock()
    quote = QuoteBlock()

    class Meta:
        label = _("Body")
