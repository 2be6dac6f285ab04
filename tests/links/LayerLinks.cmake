# cmake -DCLOSURES=<build>/link-closures -DCLI=<dingtalk-group-cli> -P LayerLinks.cmake
# Fails, naming the target and the library, when a core library links a widget module or the command line links or
# loads a library only the window uses. The lists come from tests/links/CMakeLists.txt.
set(failures "")

file(READ "${CLOSURES}/core-libraries.txt" core_libraries)
if(NOT core_libraries)
    message(FATAL_ERROR "No core libraries listed in ${CLOSURES}: is dtg_room_headers still registering them?")
endif()
foreach(library ${core_libraries})
    file(STRINGS "${CLOSURES}/${library}.txt" links)
    foreach(link ${links})
        if(link MATCHES "^Qt6?::(Widgets|Gui|PrintSupport)$")
            list(APPEND failures "${library} links ${link}: the core must not know a widget")
        endif()
    endforeach()
endforeach()

# Only the window's: the OS keychain (QtKeychain over QtDBus), the QR code (libqrencode), the widgets.
set(window_only "Keychain|DBus|QRENCODE|qrencode|^Qt6?::(Widgets|Gui|PrintSupport)$|^dtg_(widgets|joinlink)$")
file(STRINGS "${CLOSURES}/dingtalk-group-cli.txt" links)
foreach(link ${links})
    if(link MATCHES "${window_only}")
        list(APPEND failures "dingtalk-group-cli links ${link}, which only the window uses")
    endif()
endforeach()

find_program(LDD ldd)
if(LDD)
    execute_process(COMMAND ${LDD} "${CLI}" OUTPUT_VARIABLE loaded RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        list(APPEND failures "ldd ${CLI} failed (${status})")
    endif()
    string(REGEX MATCHALL "lib(Qt6DBus|qt6keychain|qrencode|dbus-1|Qt6Gui|Qt6Widgets)[^ \t\n]*" window_libraries
        "${loaded}")
    foreach(library ${window_libraries})
        list(APPEND failures "dingtalk-group-cli loads ${library} at start-up, which only the window uses")
    endforeach()
else()
    message(STATUS "No ldd here: only the declared links were checked")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "Layer links broken:\n  ${text}")
endif()
list(LENGTH core_libraries count)
message(STATUS "Layer links hold: ${count} core libraries without widgets; the CLI without keychain, D-Bus, QR code")
