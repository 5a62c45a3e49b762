#!/usr/bin/env bash
# One-time set-up shared by `make demo`, `make test`, `make package` and `make bench`:
# Debian packages for QGIS and the Python stack, then a venv that can still import PyQGIS.
# Quick when everything is there already: it checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

SYS_PY=/usr/bin/python3
VENV=.venv
# The same names on Debian 12 and 13. make runs these scripts and git lists what `make package`
# ships: a minimal image may have neither.
# qgis-server-bin and qgis-server-wfs3: QGIS Server's qgis_mapserver with OGC API - Features,
# which `make opendata` (and its tests) serve the open-data publication with.
APT_PACKAGES="python3-qgis qgis qgis-providers python3-gdal python3-numpy python3-venv \
  python3-geopandas python3-rasterio python3-scipy xvfb xauth xfonts-base qttools5-dev-tools \
  qgis-server-bin qgis-server-wfs3 make git"

# PostgreSQL with PostGIS for the tests of the shared store (a throwaway cluster per test
# session, tests/pg_cluster.py): the server version differs between Debian releases.
. /etc/os-release
case "${VERSION_ID:-}" in
  12) APT_PACKAGES="$APT_PACKAGES postgresql-15-postgis-3 postgresql-client-15" ;;
  13) APT_PACKAGES="$APT_PACKAGES postgresql-17-postgis-3 postgresql-client-17" ;;
  # sid and later: the server version Debian's postgresql package depends on now.
  *) version=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/.*Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)
     [ -n "$version" ] && APT_PACKAGES="$APT_PACKAGES postgresql-$version-postgis-3 postgresql-client-$version" ;;
esac

missing=""
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # Through env: sudo's env_reset would drop a DEBIAN_FRONTEND set in front of it. The lock
  # timeout waits for an unattended upgrade that holds dpkg's lock instead of failing at once.
  APT="$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300"
  $APT update -qq
  $APT install -y -qq --no-install-recommends $missing >/dev/null
fi

stamp="$VENV/.installed-$(sha1sum requirements-dev.txt | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "Creating the virtual environment $VENV (with system site packages, so PyQGIS stays importable)"
  [ -x "$VENV/bin/python" ] || "$SYS_PY" -m venv --system-site-packages "$VENV"
  # Keep Debian's numpy: a pip numpy would break GDAL's gdal_array and with it Processing.
  # Keep its pandas, geopandas, Shapely and SciPy too: the newest esda/libpysal ask for pandas
  # >= 2.3 and geopandas >= 1.1, and on Debian 13 pip put pandas 3 and geopandas 1.2 into the
  # venv over Debian's 2.2 and 1.0; pinned, pip picks the esda/libpysal that fit Debian's.
  # Debian sid's Shapely (Python 3.14) says it is version "0+unknown": pinned to that, nothing
  # fits; pinned to the Debian package's version, pip puts that same release into the venv.
  "$SYS_PY" - > "$VENV/constraints.txt" <<'PY'
import re
import subprocess
from importlib import metadata

for name in ("numpy", "pandas", "geopandas", "shapely", "scipy"):
    try:
        version = metadata.version(name).split("+")[0]  # no +dfsg
    except metadata.PackageNotFoundError:
        continue
    if version in ("0", "0.0", "0.0.0"):
        deb = subprocess.run(["dpkg-query", "-W", "-f=${Version}", f"python3-{name}"],
                             capture_output=True, text=True).stdout
        match = re.match(r"(?:\d+:)?(\d+(?:\.\d+)*)", deb)
        if not match:
            continue
        version = match.group(1)
    print(f"{name}=={version}")
PY
  "$VENV/bin/pip" install -q --disable-pip-version-check -c "$VENV/constraints.txt" -r requirements-dev.txt
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi
