#!/bin/sh
# Runs a test with a fresh, private HOME (and XDG folders), so it never touches a real keychain or home folder.
#   run-with-keychain.sh HOME_DIR keychain|none TEST_BINARY [ARGS...]
# keychain: a private D-Bus session with gnome-keyring's Secret Service, its login collection created and unlocked
#           (an empty password would leave it locked, so a non-empty one is piped in).
# none:     no session bus at all, as on a server or a minimal desktop: the app must fall back to session-only.
set -eu
home=$1
mode=$2
shift 2
case "$home" in
*keychain-home*) ;;
*) echo "refusing to use $home as a throw-away HOME" >&2; exit 2 ;;
esac
rm -rf "$home"
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.runtime"
chmod 700 "$home" "$home/.runtime"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/.runtime"
# QtKeychain picks its backend from the desktop: on none of these it takes the Secret Service (libsecret).
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION
case "$mode" in
keychain)
    exec dbus-run-session -- sh -c \
        'printf %s dtg-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@"
    ;;
none)
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/.runtime/no-bus-here"
    exec "$@"
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
