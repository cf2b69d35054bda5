"""Images the app holds become capped data: URLs; larger ones are downscaled or refused."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from octocom_streamlit import OpenChatEvent, image_to_data_url
from octocom_streamlit.images import ImageTooLargeError
from tests.support.images import solid_png


class Upload:
    """The two members of Streamlit's UploadedFile that the conversion uses."""

    def __init__(self, data: bytes, type: str) -> None:
        self._data, self.type = data, type

    def getvalue(self) -> bytes:
        return self._data


def decoded(url: str) -> bytes:
    return base64.b64decode(url.split(",", 1)[1])


def test_png_bytes_round_trip() -> None:
    png = solid_png(4, 4)
    url = image_to_data_url(png)
    assert url.startswith("data:image/png;base64,") and decoded(url) == png
    OpenChatEvent.create("photo", url)  # accepted by the contract rules


def test_uploaded_file_and_path(tmp_path: Path) -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(jpeg, format="JPEG")
    assert image_to_data_url(Upload(jpeg.getvalue(), "image/jpeg")).startswith("data:image/jpeg;base64,")
    path = tmp_path / "selfie.png"
    path.write_bytes(solid_png(2, 2))
    assert image_to_data_url(path).startswith("data:image/png;base64,")
    assert image_to_data_url(str(path)) == image_to_data_url(path)


def test_pil_image() -> None:
    url = image_to_data_url(Image.new("RGB", (3, 5), (200, 0, 0)))
    assert Image.open(io.BytesIO(decoded(url))).size == (3, 5)


def test_large_photo_is_downscaled_to_fit_the_cap() -> None:
    fractal = Image.effect_mandelbrot((1200, 1200), (-2, -1.5, 1, 1.5), 100).convert("RGB")
    photo = Image.blend(fractal, Image.effect_noise((1200, 1200), 30).convert("RGB"), 0.3)
    buffer = io.BytesIO()
    photo.save(buffer, format="PNG")  # about 1.7 MB: too large as it is
    limit = 200_000
    assert len(buffer.getvalue()) * 4 / 3 > limit
    url = image_to_data_url(buffer.getvalue(), limit=limit)
    assert len(url) <= limit and url.startswith("data:image/jpeg;base64,")
    assert max(Image.open(io.BytesIO(decoded(url))).size) < 1200


def test_too_large_even_downscaled_is_a_clear_error() -> None:
    with pytest.raises(ImageTooLargeError, match="image: over the limit of 100 characters"):
        image_to_data_url(solid_png(64, 64), limit=100)


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "type unknown is not accepted"),
        (Upload(b"<html>", "text/html"), "type text/html is not accepted"),
        (42, "image must be bytes, an uploaded file, a PIL image or a path"),
        ("/no/such/file.png", "no image file at"),
    ],
)
def test_refused_images(image: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        image_to_data_url(image)
