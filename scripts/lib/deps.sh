# Installs the Debian packages AmoDesk needs that are missing; sourced by the other scripts.
# Runs apt-get directly as root, through sudo otherwise.

BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-networkauth-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qtkeychain-qt6-dev qt6-translations-l10n qt6-qpa-plugins libgl-dev
    qt6-declarative-dev librsvg2-bin
)
TEST_PACKAGES=(
    dbus gnome-keyring openssl ca-certificates dpkg-dev file desktop-file-utils appstream lintian
)
# Node.js 18 or newer for the outside-client suite; Debian's only when none is installed, so that
# a Node.js from elsewhere (which brings its own npm) is not fought over.
NODE_PACKAGES=(
    nodejs npm
)
FUZZ_PACKAGES=(
    clang libclang-rt-14-dev libfuzzer-14-dev
)
RUNTIME_PACKAGES=(
    gnome-keyring
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: '$*' needs root and sudo is not installed" >&2
        return 1
    fi
}

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ccache (when installed) shares compiled objects between clones of the repository: paths are
# taken relative to the clone, and precompiled headers do not make every file uncacheable.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
