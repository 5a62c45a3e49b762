#!/usr/bin/env bash
# `make test-debian13` / `make test-sid`: the whole suite on another Debian's QGIS (3.40 on
# Debian 13 "trixie", 3.44 on Debian sid), in a chroot that debootstrap builds from Debian's
# packages once and keeps. Each run copies the tree (with ../shared beside it, as the tests
# expect) into the chroot and runs `make test` there, which installs QGIS and the venv itself.
#
#   scripts/test_in_chroot.sh trixie|sid [pytest arguments...]
#
# Needs root (debootstrap, chroot, mounts). The chroots live outside the repository, in
# $HEILBRONN_CHROOTS (default /var/cache/heilbronn-digital/chroots): several clones and
# worktrees share them, and `git clean` never wipes them. Remove a folder there to rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SUITE=${1:?usage: $0 trixie|sid [pytest arguments...]}
shift
case "$SUITE" in trixie|sid) ;; *) echo "Unknown suite $SUITE (trixie or sid)" >&2; exit 2 ;; esac
if [ "$(id -u)" -ne 0 ]; then
  echo "make test-debian13 / test-sid need root (debootstrap, chroot): run them with sudo." >&2
  exit 1
fi

CHROOTS=${HEILBRONN_CHROOTS:-/var/cache/heilbronn-digital/chroots}
ROOT=$CHROOTS/$SUITE
# The mirror this machine's apt uses (deb822 or one-line sources), else Debian's own.
MIRROR=$(grep -rhoE '(URIs:|^deb)[[:space:]]+http[^[:space:]]*/debian/?([[:space:]]|$)' \
  /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | awk '{print $2}' | head -n1 || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
# The machine's CA bundle (what PIP_CERT names, e.g. behind an inspecting proxy): pip and apt
# inside reach the registries only with it.
CA_BUNDLE=${PIP_CERT:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}
APT="apt-get -o DPkg::Lock::Timeout=300"
export DEBIAN_FRONTEND=noninteractive

need=""
command -v debootstrap >/dev/null || need="$need debootstrap"
command -v rsync >/dev/null || need="$need rsync"
if [ -n "$need" ]; then
  $APT update -qq && $APT install -y -qq --no-install-recommends $need >/dev/null
fi

# One run per chroot at a time: two worktrees share it (and the copy of the tree in it).
mkdir -p "$CHROOTS"
exec 9>"$CHROOTS/$SUITE.lock"
if ! flock -n 9; then
  echo "Another run uses the $SUITE chroot; waiting for it to finish"
  flock 9
fi

mounted=()
cleanup() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_into() {  # mount_into <what> <where inside> [mount options...]
  local target=$ROOT$2
  mkdir -p "$target"
  mountpoint -q "$target" || { mount "${@:3}" "$1" "$target"; mounted+=("$target"); }
}
in_chroot() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/host-ca.crt \
    SSL_CERT_FILE=/etc/ssl/host-ca.crt REQUESTS_CA_BUNDLE=/etc/ssl/host-ca.crt \
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 CI="${CI:-}" \
    TZ="${TZ:-}" "$@"
}

started=$SECONDS
if [ ! -f "$ROOT/.heilbronn-ready" ]; then
  echo "Building the $SUITE chroot in $ROOT from $MIRROR (once; a few minutes)"
  rm -rf "$ROOT"
  mkdir -p "$ROOT"
  debootstrap --variant=minbase --include=ca-certificates,make,git "$SUITE" "$ROOT" "$MIRROR" \
    > "$CHROOTS/$SUITE-debootstrap.log" 2>&1 \
    || { echo "debootstrap failed, see $CHROOTS/$SUITE-debootstrap.log" >&2; exit 1; }
  # sid's Release file on a snapshot mirror is past its Valid-Until date.
  echo 'Acquire::Check-Valid-Until "false";' > "$ROOT/etc/apt/apt.conf.d/99heilbronn-valid-until"
  touch "$ROOT/.heilbronn-ready"
fi
cp "$CA_BUNDLE" "$ROOT/etc/ssl/host-ca.crt"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount_into proc /proc -t proc
mount_into sysfs /sys -t sysfs
mount_into /dev /dev --bind
mount_into devpts /dev/pts -t devpts -o newinstance,ptmxmode=0666
mount_into tmpfs /dev/shm -t tmpfs
mount_into tmpfs /tmp -t tmpfs

# The tree as git sees it (tracked and new files, not .venv/build), and shared/ beside it; the
# copy's own .venv stays between runs, so a second run sets up nothing.
mkdir -p "$ROOT/work/heilbronn" "$ROOT/work/shared"
rsync -a --delete --exclude=/.git --exclude=/.venv --exclude=/build --filter=':- .gitignore' \
  ./ "$ROOT/work/heilbronn/"
rsync -a --delete "$REPO/../shared/" "$ROOT/work/shared/"
# Packaging and the sample-data check ask git; give the copy a repository of its own.
in_chroot sh -c 'cd /work/heilbronn && { [ -d .git ] || git init -q; } && git add -A \
  && git -c user.name=chroot -c user.email=chroot@localhost commit -q --allow-empty -m copy'

echo "Running make test in the $SUITE chroot ($(in_chroot sh -c '. /etc/os-release; echo $PRETTY_NAME'))"
status=0
in_chroot make -C /work/heilbronn test PYTEST_ARGS="$*" || status=$?
echo "make test in the $SUITE chroot: exit $status after $((SECONDS - started)) s"
exit $status
