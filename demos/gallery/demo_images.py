"""Pictures drawn in code for the offline demos (demo code, not the library)."""

from __future__ import annotations

from PIL import Image, ImageDraw


def damaged_parcel() -> Image.Image:
    image = Image.new("RGB", (320, 220), (236, 240, 245))
    draw = ImageDraw.Draw(image)
    draw.polygon([(60, 80), (160, 40), (260, 80), (160, 120)], fill=(205, 160, 105))
    draw.polygon([(60, 80), (160, 120), (160, 200), (60, 160)], fill=(180, 135, 85))
    draw.polygon([(160, 120), (260, 80), (260, 160), (160, 200)], fill=(160, 115, 70))
    draw.line([(120, 140), (140, 120), (128, 100), (150, 88)], fill=(60, 40, 20), width=4)  # the tear
    return image


def living_room() -> Image.Image:
    image = Image.new("RGB", (360, 240), (244, 236, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 170, 360, 240], fill=(170, 130, 95))  # floor
    draw.rectangle([40, 40, 130, 120], fill=(190, 220, 240), outline=(120, 120, 120), width=4)  # window
    draw.rectangle([170, 120, 330, 175], fill=(90, 110, 140))  # sofa
    draw.rectangle([170, 100, 330, 125], fill=(80, 100, 130))
    return image


def chat_icon() -> Image.Image:
    """The page icon, drawn here so the browser tab needs no icon font from the network."""
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([6, 10, 58, 46], radius=12, fill=(255, 75, 75))
    draw.polygon([(16, 44), (16, 58), (30, 44)], fill=(255, 75, 75))
    for x in (20, 32, 44):
        draw.ellipse([x - 4, 24, x + 4, 32], fill=(255, 255, 255))
    return image
