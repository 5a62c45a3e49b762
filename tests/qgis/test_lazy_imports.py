"""The plugin loads with PyQGIS, numpy and GDAL alone, as on a QGIS install without extras.

A fresh Python process gets an import hook that refuses the optional packages; then it loads the
plugin the way qgis_process does and imports every module of the plugin.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from plugin_dev import PLUGIN_NAME

OPTIONAL = ("scipy", "geopandas", "rasterio", "pandas", "requests", "shapely")

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    BLOCKED = set({blocked!r})
    refused = []

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                refused.append(name)
                # What Python raises for a package that is not there; QGIS 3.40's qgis.core
                # tries shapely and catches exactly this.
                raise ModuleNotFoundError(f"{{name}} is not installed (blocked by the test)")
            return None

    sys.meta_path.insert(0, Refuse())
    sys.path.insert(0, {plugin_path!r})

    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()

    import {plugin}
    plugin = {plugin}.classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("heilbronn")
    algorithms = [a.id() for a in provider.algorithms()]
    created = [QgsApplication.processingRegistry().createAlgorithmById(a).id()
               for a in algorithms]
    modules = [m.name for m in pkgutil.walk_packages({plugin}.__path__, "{plugin}.")]
    for module in modules:
        importlib.import_module(module)
    print(json.dumps({{"algorithms": algorithms, "created": created, "modules": modules,
                       "refused": refused,
                       "loaded": sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)}}))
    """
)


def test_plugin_loads_without_optional_packages(isolated_home) -> None:
    # conftest links the repository as <QGIS_PLUGINPATH>/heilbronn_digital.
    plugin_path = isolated_home["QGIS_PLUGINPATH"]
    script = SCRIPT.format(blocked=OPTIONAL, plugin_path=plugin_path, plugin=PLUGIN_NAME)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=isolated_home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "heilbronn:kerneldensity" in result["algorithms"]
    assert result["created"] == result["algorithms"]
    assert f"{PLUGIN_NAME}.heilbronn_digital_plugin.plugin" in result["modules"]
    assert result["loaded"] == []
