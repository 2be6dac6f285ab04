# CPack: `cpack -G DEB` in the build folder makes dingtalk-group-creator_<version>_<arch>.deb. Included from
# resources/CMakeLists.txt after every install() rule.

set(CPACK_PACKAGE_NAME "dingtalk-group-creator")
set(CPACK_PACKAGE_VENDOR "DingTalk Group Creator contributors")
set(CPACK_PACKAGE_CONTACT "${DTG_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "create DingTalk group chats from a form")
# One string (a list would be joined with ';'), wrapped by hand: lintian wants lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION "A desktop tool for HR and admin staff who create DingTalk (钉钉) group chats by
hand, in Chinese or English: fill in the group name, the owner, the members
(typed, pasted or imported from Excel or CSV) and six group settings, and get
the new group's conversation ID or an explanation of what went wrong.

Nothing invalid is sent, groups of up to 1000 members are created in steps,
a group is never created twice when the connection drops, and a sandbox with
a built-in DingTalk emulator lets you try everything safely. The package also
contains dingtalk-group-cli, a command line for scripts with the same rules
and documented exit codes.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "DingTalk Group Creator")
set(CPACK_PACKAGE_EXECUTABLES "dingtalk-group-creator;DingTalk Group Creator")
set(CPACK_STRIP_FILES ON)
# Directories are created 0755 whatever the builder's umask (lintian: non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DTG_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends from the libraries the executables really link (Qt, QtKeychain, QuaZip, qrencode), by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: Qt's own Chinese strings, and a Secret Service for the AppSecret (QtKeychain
# talks to it over D-Bus; without one the secret is kept for the session only).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, libsecret-1-0")

# Windows (not tried here): an NSIS or WiX installer with a Start-menu entry, after windeployqt (see README.md).
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/dingtalk-group-creator.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\dingtalk-group-creator.exe")
set(CPACK_NSIS_DISPLAY_NAME "DingTalk Group Creator")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/dingtalk-group-creator.ico")

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "ZIP")
    elseif(UNIX AND NOT APPLE)
        set(CPACK_GENERATOR "DEB")
    else()
        set(CPACK_GENERATOR "TGZ")
    endif()
endif()

include(CPack)
