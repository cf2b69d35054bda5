"""Images the app holds (bytes, uploads, PIL images, files) as ``data:`` URLs for the widget.

The offline preview widget shows a ``data:`` URL directly. Octocom's live widget
needs an ``imageUrl`` its servers can fetch: upload the picture to your own storage
and pass that ``https://`` URL as ``image_url`` instead.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from octocom_streamlit.arguments import ArgumentError
from octocom_streamlit.protocol.constants import DATA_URL_IMAGE_TYPES, MAX_DATA_URL_CHARS

#: Longest side, in pixels, of the downscaled versions tried when an image is over the cap.
DOWNSCALE_SIDES = (2048, 1600, 1280, 1024, 800, 640)

_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
    b"BM": "image/bmp",
}


class ImageTooLargeError(ArgumentError):
    """The image does not fit :data:`MAX_DATA_URL_CHARS`, even downscaled."""

    def __init__(self, rule: str) -> None:
        super().__init__("image", rule)


@runtime_checkable
class _Upload(Protocol):
    """What ``st.file_uploader`` and ``st.camera_input`` return."""

    type: str

    def getvalue(self) -> bytes: ...


def _sniff(data: bytes) -> str | None:
    for magic, mime in _MAGIC.items():
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    return None


def holds_an_image(value: Any) -> bool:
    """Return whether ``value`` is an image ``image=`` takes: a path, bytes, an upload, a PIL image.

    Examples
    --------
    >>> holds_an_image(Path("photo.jpg")), holds_an_image(b"GIF89a"), holds_an_image(5)
    (True, True, False)
    """
    return isinstance(value, (Path, bytes, bytearray, memoryview, _Upload)) or _is_pil_image(value)


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _is_pil_image(image: Any) -> bool:
    return type(image).__module__.startswith("PIL.") and hasattr(image, "save")


def _downscaled(image: Any, limit: int) -> str | None:
    """Re-encode a PIL image as JPEG at decreasing sizes until it fits ``limit`` characters."""
    rgb = image.convert("RGB")
    for side in DOWNSCALE_SIDES:
        copy = rgb.copy()
        copy.thumbnail((side, side))
        buffer = io.BytesIO()
        copy.save(buffer, format="JPEG", quality=85, optimize=True)
        url = _data_url("image/jpeg", buffer.getvalue())
        if len(url) <= limit:
            return url
    return None


def image_to_data_url(image: Any, *, limit: int = MAX_DATA_URL_CHARS) -> str:
    """Return ``image`` as a ``data:image/...;base64,`` URL of at most ``limit`` characters.

    Parameters
    ----------
    image : bytes, UploadedFile, PIL.Image.Image, str or pathlib.Path
        Encoded image bytes (PNG, JPEG, GIF, WebP, AVIF, BMP), what ``st.file_uploader``
        or ``st.camera_input`` returns, a PIL image, or the path of an image file.
    limit : int
        The cap in characters; larger images are downscaled (as JPEG, with Pillow) to fit.

    Raises
    ------
    ImageTooLargeError
        When the image is over the cap and cannot be downscaled to fit.
    ArgumentError
        When ``image`` is not an image of an accepted type (a ``ValueError``).

    Examples
    --------
    A PIL image (with Pillow installed) becomes a PNG ``data:`` URL:

    >>> import octocom_streamlit as oc
    >>> from PIL import Image
    >>> url = oc.image_to_data_url(Image.new("RGB", (32, 32), "teal"))
    >>> url[:22]
    'data:image/png;base64,'

    ``open_chat(image=...)`` calls it for you, e.g. with a photo from the camera:

    >>> import streamlit as st
    >>>
    >>> photo = st.camera_input("Take a selfie")
    >>> if photo:
    ...     oc.open_chat("Which routine suits my skin?", image=photo)
    """
    if _is_pil_image(image):
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        data, mime = buffer.getvalue(), "image/png"
    else:
        if isinstance(image, (str, Path)):
            path = Path(image)
            if not path.is_file():
                raise ArgumentError("image", f"image: no image file at {path}")
            data = path.read_bytes()
            declared = mimetypes.guess_type(path.name)[0]
        elif isinstance(image, (bytes, bytearray, memoryview)):
            data, declared = bytes(image), None
        elif isinstance(image, _Upload):
            data, declared = image.getvalue(), image.type
        else:
            raise ArgumentError(
                "image",
                f"image must be bytes, an uploaded file, a PIL image or a path, got {type(image).__name__}",
            )
        mime = _sniff(data) or declared or ""
        if mime not in DATA_URL_IMAGE_TYPES:
            raise ArgumentError(
                "image",
                f"image: type {mime or 'unknown'} is not accepted; use one of "
                + ", ".join(sorted(DATA_URL_IMAGE_TYPES)),
            )
    url = _data_url(mime, data)
    if len(url) <= limit:
        return url
    try:
        from PIL import Image
    except ImportError:
        raise ImageTooLargeError(
            f"image: {len(url)} characters as a data: URL, over the limit of {limit}; install Pillow "
            "(pip install 'octocom-streamlit[images]') to downscale it, or pass a smaller image"
        ) from None
    source = image if _is_pil_image(image) else Image.open(io.BytesIO(data))
    smaller = _downscaled(source, limit)
    if smaller is None:
        raise ImageTooLargeError(
            f"image: over the limit of {limit} characters even at {DOWNSCALE_SIDES[-1]} px; "
            "pass a smaller image"
        )
    return smaller
