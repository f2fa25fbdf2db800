# sos-doctor-deps.sh: the Debian 12 packages SOS Doctor needs, and a function
# that installs the missing ones. Sourced by sos-doctor-run and sos-doctor-test.
# SPDX-License-Identifier: GPL-3.0-or-later

# To build and run the app.
SD_RUN_PACKAGES=(
  meson ninja-build pkg-config gcc libc6-dev
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libxml2-dev libjson-glib-dev
  libqrencode-dev
  gettext itstool desktop-file-utils appstream
  librsvg2-common adwaita-icon-theme fonts-cantarell dconf-gsettings-backend
)

# To run the whole test suite as well: cmocka, an independent RELAX NG validator,
# yelp-check for the user guide, a virtual display, pdftotext and pdftoppm to read the
# report back, and clang with libFuzzer and the sanitizers.
SD_TEST_PACKAGES=(
  "${SD_RUN_PACKAGES[@]}"
  libcmocka-dev libxml2-utils yelp-tools xvfb xauth clang libclang-rt-14-dev
  poppler-utils
  # The kiosk test: the cage compositor (which needs Xwayland), grim for its
  # screenshot, and a private session bus for the app.
  cage xwayland grim dbus-daemon
  # The package test (build-aux/sos-doctor-package-test).
  debhelper dpkg-dev fakeroot lintian
)

# sd_ensure_packages PACKAGE…: installs the packages that are not installed yet,
# with apt-get as root or through sudo otherwise. Safe to run again.
sd_ensure_packages () {
  local missing=() package status

  for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing the Debian packages SOS Doctor needs: ${missing[*]}"
  local run_as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: these packages are missing and there is no sudo to install them:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      return 1
    fi
    run_as_root=(sudo)
  fi

  "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "${missing[@]}"
}

# sd_setup BUILDDIR [MESON OPTIONS…]: configures BUILDDIR, or reconfigures it when
# it exists, so the scripts can be run again after any change.
sd_setup () {
  local builddir=$1
  shift
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$@"
  else
    rm -rf "$builddir"
    meson setup "$builddir" "$@"
  fi
}
