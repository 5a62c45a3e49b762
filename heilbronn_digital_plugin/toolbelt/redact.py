"""Secrets out of every message: credential-like URL parameters and passwords in URLs.

Feeds are often given with a key in the address (``?apikey=…``, ``?token=…``,
``https://user:password@host/…``). Messages, log lines and stored source names must never
show it; :func:`redact` replaces each such value with ``***`` wherever a URL appears in a text.
Pure Python, so the engine, the feeds and the log all use the same rule.
"""

from __future__ import annotations

import re

HIDDEN = "***"
# Parameter names that hold a credential: the whole name, or one of its parts
# (``x-api-key``, ``client_secret``, ``X-Amz-Signature``), compared in lower case.
_SECRET_NAMES = frozenset({
    "key", "apikey", "api_key", "token", "access_token", "accesstoken", "refresh_token",
    "id_token", "auth", "authorization", "auth_token", "password", "passwd", "pwd", "pass",
    "secret", "client_secret", "signature", "sig", "credential", "credentials", "session",
    "sessionid", "session_id", "sid", "jwt", "bearer", "code", "apitoken", "api-key",
    "subscription-key", "ocp-apim-subscription-key",
})
_SECRET_PARTS = frozenset({"key", "apikey", "token", "secret", "password", "passwd", "pwd",
                           "signature", "credential", "credentials", "jwt", "bearer"})
# name=value inside a query string (after ? & or ;), the value up to the next separator.
_PARAMETER = re.compile(r"(?P<lead>[?&;](?:amp;)?)(?P<name>[A-Za-z0-9_.\-\[\]%]+)="
                        r"(?P<value>[^&;#\s\"'<>]*)")
# scheme://user:password@ — the password part.
_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^/@:\s]*):"
                       r"(?P<password>[^/@\s]*)@")


def is_secret_name(name: str) -> bool:
    """Whether a URL parameter called ``name`` holds a credential."""
    lowered = name.lower()
    if lowered in _SECRET_NAMES:
        return True
    parts = [part for part in re.split(r"[^a-z0-9]+", lowered) if part]
    return any(part in _SECRET_PARTS for part in parts) or \
        lowered.endswith(("apikey", "token", "secret", "password", "signature"))


def redact(text: str) -> str:
    """``text`` with the value of every credential-like URL parameter and every password in
    a URL replaced by ``***``."""
    if not text:
        return text

    def parameter(match: re.Match) -> str:
        if not is_secret_name(match.group("name")) or not match.group("value"):
            return match.group(0)
        return f"{match.group('lead')}{match.group('name')}={HIDDEN}"

    text = _PARAMETER.sub(parameter, text)
    return _USERINFO.sub(lambda m: f"{m.group('scheme')}{m.group('user')}:{HIDDEN}@", text)
