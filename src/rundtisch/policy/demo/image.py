"""A lead image drawn on the spot: a pin board with notes, as in the seed's photo.

Drawn with Pillow so that building the demo never downloads anything.
"""

from io import BytesIO
from PIL import Image
from PIL import ImageDraw

import random


NOTE_COLOURS = ("#ffe066", "#ffa8a8", "#a5d8ff", "#b2f2bb", "#ffd8a8", "#eebefa")


def pin_board_jpeg(width=1200, height=675, seed=3):
    """JPEG bytes of a cork board covered with coloured notes."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), "#c8a27a")
    draw = ImageDraw.Draw(image)
    for _ in range(2500):  # cork grain
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill="#a9825a")
    draw.rectangle((0, 0, width - 1, height - 1), outline="#6b4f33", width=18)
    for row in range(4):
        for column in range(7):
            x = 60 + column * 160 + rng.randint(-12, 12)
            y = 50 + row * 150 + rng.randint(-10, 10)
            draw.rectangle(
                (x, y, x + 120, y + 110), fill=rng.choice(NOTE_COLOURS), outline="#555"
            )
            for line in range(4):
                line_y = y + 22 + line * 20
                draw.line(
                    (x + 12, line_y, x + 12 + rng.randint(50, 96), line_y),
                    fill="#444",
                    width=3,
                )
            draw.ellipse((x + 54, y - 6, x + 66, y + 6), fill="#c0392b")
    output = BytesIO()
    image.save(output, format="JPEG", quality=85)
    return output.getvalue()
