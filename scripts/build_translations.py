"""Keep the German translation in step with the code, and compile it for Qt.

    build_translations.py             extract, then compile (what `make translations` runs)
    build_translations.py --extract   only update heilbronn_digital_de.ts from the code
    build_translations.py --compile   only build the .qm files from the .ts files
    build_translations.py --check     fail if a tr() string lacks a finished translation

Extraction reads every plugin .py file (and the demo's, which `make demo` runs in German
through the plugin's translation) with Python's ``ast`` and collects the literal first
argument of each ``tr(...)`` / ``self.tr(...)`` call, then the texts a person reads in the
styles (styles/*.qml: legends, labels, map tips; see toolbelt/style_texts.py), which the
plugin translates when it styles a layer. pylupdate5 would need PyQt5's dev tools and does
not know our one-context ``tr()`` helper. Translations already in the .ts are kept; strings
the code no longer uses are dropped (git keeps them), new ones are marked unfinished for a
translator. The .qm files are build output (not committed): `make package`, the tests and the
demo build them.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N_DIR = REPO / "heilbronn_digital_plugin" / "i18n"
STYLES_DIR = REPO / "styles"
STYLE_TEXTS = REPO / "heilbronn_digital_plugin" / "toolbelt" / "style_texts.py"
# What ships: the sources of every string a user can see.
PLUGIN_SOURCES = ("__init__.py", "heilbronn_digital_plugin", "processing_algs")
# `make demo`, which prints through the plugin's translation in the demo's language.
DEMO_SOURCES = ("scripts/demo.py", "scripts/demo_parking.py", "scripts/demo_vernissage.py")
CONTEXT = "HeilbronnDigital"  # the one context of heilbronn_digital_plugin/toolbelt/i18n.py
LANGUAGES = {"de": "de_DE"}
LRELEASE_CANDIDATES = ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease")


@dataclass
class Extraction:
    """The tr() strings in first-seen order, the files they occur in, and calls we cannot read."""

    locations: dict[str, list[Path]] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"heilbronn_digital_{language}.ts"


def source_files(repo: Path = REPO) -> list[Path]:
    """The plugin's .py files and the demo's, in a stable order."""
    files: list[Path] = []
    for name in PLUGIN_SOURCES + DEMO_SOURCES:
        path = repo / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [f for f in files if f.is_file() and "__pycache__" not in f.parts]


def _is_tr_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    )


def _style_texts(styles_dir: Path) -> dict[str, list[Path]]:
    """The display texts of the styles, read by the plugin's own module (pure Python: loaded
    from its file, without the plugin package and QGIS)."""
    spec = importlib.util.spec_from_file_location("style_texts", STYLE_TEXTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.style_texts(styles_dir)


def extract(files: list[Path] | None = None, repo: Path = REPO,
            styles_dir: Path | None = STYLES_DIR) -> Extraction:
    """Collect the tr() strings of ``files`` (default: all plugin sources), then the texts of
    the styles in ``styles_dir`` (none for ``None``)."""
    result = Extraction()
    for path in files if files is not None else source_files(repo):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = sorted((n for n in ast.walk(tree) if _is_tr_call(n)), key=lambda n: n.lineno)
        for call in calls:
            first = call.args[0] if call.args else None
            where = f"{path.relative_to(repo)}:{call.lineno}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                result.locations.setdefault(first.value, []).append(path)
            else:
                # tr(f"...") or tr(variable): no translator can ever see that text.
                result.unreadable.append(where)
    if styles_dir is not None:
        for text, places in _style_texts(styles_dir).items():
            result.locations.setdefault(text, []).extend(places)
    return result


def read_ts(path: Path) -> dict[str, str]:
    """Finished translations of an existing .ts file, by source text."""
    if not path.is_file():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type") is not None:
            continue
        translations[source] = translation.text or ""
    return translations


def write_ts(path: Path, language: str, extraction: Extraction, old: dict[str, str]) -> None:
    """Write the .ts for ``extraction``, keeping the translations in ``old``."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, places in extraction.locations.items():
        message = ET.SubElement(context, "message")
        # Files only, relative to the .ts as Linguist expects: line numbers would change the
        # .ts on every edit of the code.
        for file in dict.fromkeys(places):
            relative = Path(os.path.relpath(file, path.parent)).as_posix()
            ET.SubElement(message, "location", filename=relative)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in old:
            translation.text = old[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def missing_translations(language: str, extraction: Extraction) -> list[str]:
    """tr() strings without a finished translation in the .ts of ``language``."""
    done = read_ts(ts_path(language))
    return [s for s in extraction.locations if not done.get(s)]


def find_lrelease() -> str:
    for candidate in LRELEASE_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit("lrelease was not found: install qttools5-dev-tools (`make setup` does).")


def compile_qm(language: str) -> Path:
    """Compile the .ts of ``language`` to the .qm the plugin loads; return the .qm path."""
    source = ts_path(language)
    target = source.with_suffix(".qm")
    subprocess.run(
        [find_lrelease(), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
    )
    return target


def update_ts(language: str, extraction: Extraction) -> None:
    path = ts_path(language)
    old = read_ts(path)
    write_ts(path, LANGUAGES[language], extraction, old)
    dropped = sorted(set(old) - set(extraction.locations))
    missing = missing_translations(language, extraction)
    print(
        f"{path.relative_to(REPO)}: {len(extraction.locations)} strings, "
        f"{len(missing)} to translate, {len(dropped)} no longer used"
    )
    for source in missing:
        print(f"  to translate: {source!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_mutually_exclusive_group()
    steps.add_argument("--extract", action="store_true", help="only update the .ts files")
    steps.add_argument("--compile", action="store_true", help="only build the .qm files")
    steps.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args(argv)
    extraction = extract() if not args.compile else Extraction()
    for where in extraction.unreadable:
        print(f"{where}: tr() needs a literal string to be translatable", file=sys.stderr)
    failed = args.check and bool(extraction.unreadable)
    for language in LANGUAGES:
        if args.check:
            missing = missing_translations(language, extraction)
            for source in missing:
                print(f"{ts_path(language).name}: no translation for {source!r}", file=sys.stderr)
            failed = failed or bool(missing)
            continue
        if not args.compile:
            update_ts(language, extraction)
        if not args.extract:
            print(f"compiled {compile_qm(language).relative_to(REPO)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
