"""Numbers as a planner reads them in messages and tables: in the locale of the language QGIS
runs in (German "1.234,5", English "1,234.5"), never "-0", with sensible rounding."""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QLocale

from .translation import qgis_locale


def ui_locale() -> QLocale:
    """The locale of the language the plugin's texts are shown in."""
    return QLocale(qgis_locale())


def local_number(value: float | int | None, spec: str = ".0f") -> str:
    """``value`` formatted like ``format(value, spec)`` (``.1f``, ``+.0f``, ``,``, ``.0%``,
    ``.3g``) but in the user's locale; a value that rounds to zero loses its minus sign;
    "–" for none or a non-finite value."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    sign = spec.startswith("+")
    body = spec.lstrip("+").replace(",", "")
    locale = ui_locale()
    if body.endswith("%"):
        decimals = int(body[1:-1] or 0) if body.startswith(".") else 0
        text = _fixed(locale, float(value) * 100.0, decimals, sign)
        # German writes a (narrow) space before the per cent sign.
        return f"{text}\u202f%" if locale.language() == QLocale.Language.German else f"{text}%"
    if body.endswith("g"):
        digits = int(body[1:-1] or 6) if body.startswith(".") else 6
        if float(value) == 0.0:
            return "0"
        text = locale.toString(float(value), "g", digits)
        return f"+{text}" if sign and value > 0 else text
    if body.endswith("f"):
        decimals = int(body[1:-1] or 0) if body.startswith(".") else 6
        return _fixed(locale, float(value), decimals, sign)
    # Whole numbers ("," or "d"): with the group separator.
    text = locale.toString(int(round(float(value))))
    return f"+{text}" if sign and value > 0 else text


def _fixed(locale: QLocale, value: float, decimals: int, sign: bool) -> str:
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = 0.0  # never "-0"
    text = locale.toString(rounded, "f", decimals)
    return f"+{text}" if sign and rounded > 0 else text
