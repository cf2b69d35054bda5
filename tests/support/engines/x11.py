"""A virtual X display for WebKitGTK's MiniBrowser, and keyboard focus on it without a window manager.

MiniBrowser (GTK 3) has no headless mode: :func:`virtual_display` runs ``Xvfb`` on a display number
Xvfb picks itself (``-displayfd``). With no window manager there, nothing ever gives a window the
keyboard focus, so the page is never focused: ``document.hasFocus()`` stays false, ``:focus`` never
matches and Tab moves no visible focus ring. :func:`focus_topmost` does what a window manager would
when a window opens: it raises the newest window and gives it the input focus (Xlib through
ctypes; libX11 comes with Xvfb and GTK).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

_WINDOW = ctypes.c_ulong
_IS_VIEWABLE = 2
_REVERT_TO_PARENT = 2
_CURRENT_TIME = 0


class _WindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", _WINDOW),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


def _xlib() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = _WINDOW
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        _WINDOW,
        ctypes.POINTER(_WINDOW),
        ctypes.POINTER(_WINDOW),
        ctypes.POINTER(ctypes.POINTER(_WINDOW)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, _WINDOW, ctypes.POINTER(_WindowAttributes)]
    lib.XRaiseWindow.argtypes = [ctypes.c_void_p, _WINDOW]
    lib.XSetInputFocus.argtypes = [ctypes.c_void_p, _WINDOW, ctypes.c_int, ctypes.c_ulong]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def focus_topmost(display: str) -> int:
    """Raise and focus the topmost viewable top-level window of ``display`` (the newest); return its id."""
    xlib = _xlib()
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        root, parent = _WINDOW(), _WINDOW()
        children = ctypes.POINTER(_WINDOW)()
        count = ctypes.c_uint()
        xlib.XQueryTree(
            connection,
            xlib.XDefaultRootWindow(connection),
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        )
        topmost = 0
        for index in range(count.value):  # bottom to top
            attributes = _WindowAttributes()
            xlib.XGetWindowAttributes(connection, children[index], ctypes.byref(attributes))
            if attributes.map_state == _IS_VIEWABLE and not attributes.override_redirect:
                topmost = children[index]
        if children:
            xlib.XFree(children)
        if topmost:
            xlib.XRaiseWindow(connection, topmost)
            xlib.XSetInputFocus(connection, topmost, _REVERT_TO_PARENT, _CURRENT_TIME)
            xlib.XSync(connection, 0)
        return int(topmost)
    finally:
        xlib.XCloseDisplay(connection)


@contextmanager
def virtual_display() -> Iterator[str]:
    """Run ``Xvfb`` on a display number it picks itself (``-displayfd``); yield ``":N"``."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start (exit code {process.poll()})")
        yield f":{number}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
