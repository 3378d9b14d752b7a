# Desktop integration and CPack: a .deb on Linux, an MSI (WiX) or NSIS installer on Windows, a
# DragNDrop .dmg on macOS. packaging/README.md walks through each.
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/amodesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/app.amodesk.AmoDesk.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Menus and docks that do not read SVG get the icon drawn at the usual sizes.
    find_program(RSVG_CONVERT rsvg-convert REQUIRED)
    set(AMODESK_ICON_PNGS)
    foreach(size 16 22 24 32 48 64 128 256)
        set(png ${CMAKE_BINARY_DIR}/icons/${size}/amodesk.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}
            COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg VERBATIM)
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND AMODESK_ICON_PNGS ${png})
    endforeach()
    add_custom_target(amodesk_icons ALL DEPENDS ${AMODESK_ICON_PNGS})
    # Debian policy: a copyright file and a compressed changelog in the package's doc folder.
    set(AMODESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/amodesk)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${AMODESK_DOC_DIR})
    set(changelog ${CMAKE_BINARY_DIR}/changelog.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/debian/changelog > ${changelog}
        DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog VERBATIM)
    add_custom_target(amodesk_changelog ALL DEPENDS ${changelog})
    install(FILES ${changelog} DESTINATION ${AMODESK_DOC_DIR})
    set(AMODESK_MAN_PAGES)
    foreach(page amodesk amodesk-cli amodesk-sandbox)
        set(gz ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
        add_custom_command(OUTPUT ${gz}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/debian/${page}.1 > ${gz}
            DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/${page}.1 VERBATIM)
        install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        list(APPEND AMODESK_MAN_PAGES ${gz})
    endforeach()
    add_custom_target(amodesk_man ALL DEPENDS ${AMODESK_MAN_PAGES})
endif()

set(CPACK_PACKAGE_NAME "amodesk")
set(CPACK_PACKAGE_VENDOR "AmoDesk")
set(CPACK_PACKAGE_CONTACT "AmoDesk developers <dev@amodesk.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "AmoDesk shows an amoCRM or Kommo account's event log with filters,\n\
search and offline reading; reads, adds and edits notes of every type\n\
through an outbox that never loses one; installs widgets with a generated\n\
settings form; and builds the website chat button's snippets. OAuth\n\
tokens live only in the system keychain.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "AmoDesk")
set(CPACK_STRIP_FILES ON)
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
endif()

# Windows and macOS carry Qt with them: windeployqt or macdeployqt runs when the package's
# files are installed into CPack's staging folder (Qt's deploy script, from Qt 6.3).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET amodesk OUTPUT_SCRIPT AMODESK_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${AMODESK_DEPLOY_SCRIPT})
    set(CPACK_PACKAGE_EXECUTABLES "amodesk;AmoDesk") # Start menu shortcut
endif()
if(WIN32)
    # The installer's icon, from the SVG (ImageMagick: choco install imagemagick).
    find_program(MAGICK magick REQUIRED)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/amodesk.ico
        COMMAND ${MAGICK} -background none ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg -define icon:auto-resize=256,64,48,32,16 ${CMAKE_BINARY_DIR}/amodesk.ico
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg VERBATIM)
    add_custom_target(amodesk_ico ALL DEPENDS ${CMAKE_BINARY_DIR}/amodesk.ico)
    set(CPACK_GENERATOR "WIX;NSIS")
    set(CPACK_WIX_UPGRADE_GUID "6B2E8F7A-3C41-4D5E-9A8B-2F1C0D7E6A55") # never change: upgrades find the old version by it
    set(CPACK_WIX_PRODUCT_ICON "${CMAKE_BINARY_DIR}/amodesk.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "AmoDesk")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/amodesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\amodesk.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
endif()
if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "AmoDesk")
    # The bundle's icon, drawn from the SVG (rsvg-convert from Homebrew's librsvg, iconutil from Xcode).
    find_program(RSVG_CONVERT rsvg-convert REQUIRED)
    set(iconset ${CMAKE_BINARY_DIR}/amodesk.iconset)
    set(icns ${CMAKE_BINARY_DIR}/amodesk.icns)
    set(commands)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND commands COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg
                             COMMAND ${RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg)
    endforeach()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${commands}
        COMMAND iconutil -c icns -o ${icns} ${iconset}
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/amodesk.svg VERBATIM)
    target_sources(amodesk PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(amodesk PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "AmoDesk"
        MACOSX_BUNDLE_GUI_IDENTIFIER "app.amodesk.AmoDesk"
        MACOSX_BUNDLE_ICON_FILE "amodesk.icns"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "2026 AmoDesk developers"
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in)
endif()
include(CPack)
