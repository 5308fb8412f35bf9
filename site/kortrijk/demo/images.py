"""Flat illustrations drawn with Pillow, so the demo needs no downloads."""

import io
import logging

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

logger = logging.getLogger("kortrijk.demo")

SIZE = WIDTH, HEIGHT = 1200, 675
SKY = "#cfe8f3"
GRASS = "#8cc084"
LEAF = "#3f8f4e"
TRUNK = "#7a5134"
ROAD = "#9aa1a8"
WATER = "#4f8fc0"
WOOD = "#b07a45"
RED = "#d8483b"
YELLOW = "#f2c230"
WHITE = "#ffffff"
DARK = "#2e3440"


def tree(draw, x, y, size):
    """Draws a round tree standing on ``(x, y)``."""
    draw.rectangle([x - size // 8, y - size, x + size // 8, y], fill=TRUNK)
    draw.ellipse([x - size // 2, y - size * 2, x + size // 2, y - size], fill=LEAF)


def bench(draw, x, y, width):
    """Draws a park bench whose feet stand on ``(x, y)``."""
    draw.rectangle([x, y - 70, x + width, y - 55], fill=WOOD)
    draw.rectangle([x, y - 110, x + width, y - 95], fill=WOOD)
    for foot in (x + 15, x + width - 30):
        draw.rectangle([foot, y - 55, foot + 15, y], fill=DARK)


def wheel(draw, x, y, radius):
    """Draws a bicycle wheel centred on ``(x, y)``."""
    draw.ellipse(
        [x - radius, y - radius, x + radius, y + radius], outline=DARK, width=12
    )
    draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill=DARK)


def draw_play_street(draw):
    """Draws a car-free street with a hopscotch and a ball."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY)
    draw.rectangle([0, 300, WIDTH, HEIGHT], fill=ROAD)
    for row, column in [(0, 0), (1, 0), (2, 0), (2, 1), (3, 0), (4, 0), (4, 1)]:
        left = 380 + column * 110 - (55 if row in (2, 4) else 0)
        top = 330 + row * 65
        draw.rectangle([left, top, left + 100, top + 60], outline=WHITE, width=6)
    draw.ellipse([850, 480, 950, 580], fill=RED)
    draw.ellipse([150, 420, 260, 530], outline=YELLOW, width=10)


def draw_repair(draw):
    """Draws a workbench with a lamp and a cog."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill="#f6efe2")
    draw.rectangle([100, 430, 1100, 470], fill=WOOD)
    for leg in (140, 1040):
        draw.rectangle([leg, 470, leg + 30, HEIGHT], fill=WOOD)
    draw.polygon([(300, 260), (420, 260), (460, 360), (260, 360)], fill=YELLOW)
    draw.rectangle([350, 360, 370, 430], fill=DARK)
    draw.ellipse([700, 200, 900, 400], fill=ROAD)
    for angle in range(0, 360, 45):
        draw.pieslice([660, 160, 940, 440], angle, angle + 15, fill=ROAD)
    draw.ellipse([760, 260, 840, 340], fill="#f6efe2")


def draw_river(draw):
    """Draws a bench between trees on the riverbank."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY)
    draw.rectangle([0, 380, WIDTH, HEIGHT], fill=GRASS)
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill=WATER)
    for x in (150, 950, 1100):
        tree(draw, x, 420, 120)
    bench(draw, 480, 470, 260)


def draw_garden(draw):
    """Draws raised vegetable beds and a watering can."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY)
    draw.rectangle([0, 300, WIDTH, HEIGHT], fill=GRASS)
    for left in (80, 460, 840):
        draw.rectangle([left, 420, left + 300, 560], fill=WOOD)
        draw.rectangle([left + 12, 432, left + 288, 470], fill=TRUNK)
        for plant in range(left + 40, left + 280, 60):
            draw.ellipse([plant - 25, 370, plant + 25, 440], fill=LEAF)
    draw.rectangle([1010, 590, 1110, 660], fill=WATER)
    draw.line([1010, 600, 950, 560], fill=WATER, width=14)


def draw_bike(draw):
    """Draws a bicycle on a red cycle path."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY)
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill=RED)
    draw.line([0, 600, WIDTH, 600], fill=WHITE, width=8)
    wheel(draw, 400, 420, 110)
    wheel(draw, 800, 420, 110)
    frame = [(400, 420), (560, 420), (720, 280), (520, 280), (400, 420)]
    draw.line(frame, fill=WATER, width=16, joint="curve")
    draw.line([(560, 420), (500, 240)], fill=WATER, width=16)
    draw.line([(720, 280), (800, 420)], fill=WATER, width=16)
    draw.line([(460, 240), (540, 240)], fill=DARK, width=18)
    draw.line([(700, 250), (760, 230)], fill=DARK, width=14)


def draw_street_party(draw):
    """Draws bunting above a square with party tables."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=SKY)
    draw.rectangle([0, 460, WIDTH, HEIGHT], fill=ROAD)
    colours = [RED, YELLOW, LEAF, WATER]
    for row, top in enumerate((90, 220)):
        draw.line([0, top, WIDTH, top], fill=DARK, width=4)
        for index, left in enumerate(range(20, WIDTH, 90)):
            colour = colours[(index + row) % len(colours)]
            draw.polygon(
                [(left, top), (left + 70, top), (left + 35, top + 80)], fill=colour
            )
    for left in (160, 700):
        draw.rectangle([left, 480, left + 340, 510], fill=WHITE)
        draw.rectangle([left + 20, 510, left + 40, 600], fill=DARK)
        draw.rectangle([left + 300, 510, left + 320, 600], fill=DARK)


# key: (title, description, drawing function)
IMAGES = {
    "speelstraat": (
        "Speelstraat met krijttekeningen",
        "Illustratie: een autovrije straat met een hinkelpad en een bal.",
        draw_play_street,
    ),
    "repair": (
        "Repair café",
        "Illustratie: een werkbank met een lamp en een tandwiel.",
        draw_repair,
    ),
    "leie": (
        "Zitbank aan de Leie",
        "Illustratie: een zitbank tussen bomen aan het water.",
        draw_river,
    ),
    "moestuin": (
        "Buurtmoestuin",
        "Illustratie: moestuinbakken met jonge planten en een gieter.",
        draw_garden,
    ),
    "fiets": (
        "Veilig op de fiets",
        "Illustratie: een fiets op een rood fietspad.",
        draw_bike,
    ),
    "buurtfeest": (
        "Buurtfeest",
        "Illustratie: vlaggetjes boven een plein met feesttafels.",
        draw_street_party,
    ),
}


def render_png(draw_function):
    """Returns the PNG bytes of one illustration."""
    picture = PillowImage.new("RGB", SIZE, WHITE)
    draw_function(ImageDraw.Draw(picture))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_images():
    """Returns {key: Wagtail image} and how many images were new, drawing and
    saving the missing ones (looked up by title).
    """
    Image = get_image_model()
    images, created = {}, 0
    for key, (title, description, draw_function) in IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = save_image(Image, key, title, description, draw_function)
            created += 1
        images[key] = image
    return images, created


def save_image(Image, key, title, description, draw_function):
    """Returns a new Wagtail image of one illustration."""
    data = io.BytesIO(render_png(draw_function))
    image = Image(title=title, description=description)
    image.file = ImageFile(data, name=f"demo-{key}.png")
    image._set_image_file_metadata()
    image.save()
    logger.info("Created demo image %s (id %s)", key, image.pk)
    return image
