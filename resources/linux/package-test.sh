#!/bin/sh
# Builds the Debian package from a finished build folder, unpacks it and checks it as a desktop would see it:
# files in place, the executables run from the unpacked tree (the GUI offscreen in sandbox mode), the desktop
# entry and the metainfo validate, and lintian reports no error.
# Usage: package-test.sh BUILD_DIR EXPECTED_VERSION APP_ID
# Needs: cpack, dpkg-deb and dpkg-shlibdeps (dpkg-dev), appstreamcli (appstream), desktop-file-validate
# (desktop-file-utils), file; lintian is run when installed.
set -eu

build_dir=$1
version=$2
app_id=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev appstreamcli:appstream \
    desktop-file-validate:desktop-file-utils file:file; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || fail "${tool%%:*} is missing: apt-get install ${tool#*:}"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/dtg-package-test.XXXXXX")
gui_pid=
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# 1. The package, written into the test's own folder so the build folder stays as it was.
echo "== cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/cpack/dingtalk-group-creator_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { ls -l "$work/cpack" >&2; fail "no dingtalk-group-creator_${version}_<arch>.deb"; }
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb"

[ "$(dpkg-deb --field "$deb" Package)" = dingtalk-group-creator ] || fail "wrong package name"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
case $depends in
*libqt6widgets6*) ;;
*) fail "Depends lacks the Qt widgets library (dpkg-shlibdeps not run?): $depends" ;;
esac
case $(dpkg-deb --field "$deb" Recommends) in
*qt6-translations-l10n*libsecret-1-0*) ;;
*) fail "Recommends lacks the run-time extras" ;;
esac

# 2. Unpacked, every file where the desktop looks for it.
root="$work/root"
dpkg-deb -x "$deb" "$root"
for path in \
    usr/bin/dingtalk-group-creator \
    usr/bin/dingtalk-group-cli \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/dingtalk-group-cli.1.gz \
    usr/share/man/man1/dingtalk-group-creator.1.gz \
    usr/share/doc/dingtalk-group-creator/copyright \
    usr/share/doc/dingtalk-group-creator/changelog.gz; do
    [ -s "$root/$path" ] || fail "$path is missing from the package"
done
for size in 16 32 48 64 128 256; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -s "$icon" ] || fail "the ${size}x${size} icon is missing"
    file "$icon" | grep -q "PNG image data, $size x $size" || fail "$(file "$icon"): not ${size}x${size}"
done
for exe in dingtalk-group-creator dingtalk-group-cli; do
    [ -x "$root/usr/bin/$exe" ] || fail "$exe is not executable"
    file "$root/usr/bin/$exe" | grep -q "not stripped" && fail "$exe is not stripped"
done
grep -q "^Exec=dingtalk-group-creator$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Exec"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Icon"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release $version"
gzip -t "$root/usr/share/man/man1/dingtalk-group-cli.1.gz" || fail "the man page is not a valid gzip file"
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    "$root/usr/share/doc/dingtalk-group-creator/copyright" || fail "the copyright file is not machine-readable"
if command -v man >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/dingtalk-group-cli.1.gz" \
        2>&1 >/dev/null) || fail "man could not format the page"
    [ -z "$warnings" ] || fail "man page warnings: $warnings"
fi

# 3. The executables run from the unpacked tree. HOME and XDG folders are private: nothing real is touched.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
cli_version=$("$root/usr/bin/dingtalk-group-cli" --version) || fail "dingtalk-group-cli --version failed"
echo "cli: $cli_version"
[ "$cli_version" = "dingtalk-group-cli $version" ] || fail "dingtalk-group-cli --version says \"$cli_version\""
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/dingtalk-group-creator" --version) \
    || fail "dingtalk-group-creator --version failed"
echo "gui: $gui_version"
[ "$gui_version" = "dingtalk-group-creator $version" ] || fail "dingtalk-group-creator --version says \"$gui_version\""

# The window, offscreen, in sandbox mode: it prints "shown <ms>" once painted and then quits.
QT_QPA_PLATFORM=offscreen DTG_REPORT_SHOWN=1 DTG_QUIT_WHEN_SHOWN=1 \
    "$root/usr/bin/dingtalk-group-creator" --sandbox --lang en >"$work/gui.out" 2>"$work/gui.err" &
gui_pid=$!
waited=0
while kill -0 "$gui_pid" 2>/dev/null && [ "$waited" -lt 600 ]; do
    grep -q "^shown [0-9]" "$work/gui.out" && break
    sleep 0.1
    waited=$((waited + 1))
done
grep -q "^shown [0-9]" "$work/gui.out" || { cat "$work/gui.out" "$work/gui.err" >&2; fail "the window never showed"; }
echo "gui: $(grep "^shown" "$work/gui.out")"
wait "$gui_pid" || { cat "$work/gui.err" >&2; gui_pid=; fail "the window did not quit cleanly"; }
gui_pid=

# 4. What software centres and menus check.
echo "== appstreamcli validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"

# 5. Debian's own checks: errors fail the test, warnings are printed for the reader.
if command -v lintian >/dev/null 2>&1; then
    echo "== lintian"
    lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
    cat "$work/lintian.log"
    if grep -q "^E: " "$work/lintian.log"; then
        fail "lintian reports errors"
    fi
else
    echo "lintian is not installed: skipped"
fi
echo "PASS"
