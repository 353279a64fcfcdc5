# `cpack -G DEB` in a build folder makes a Debian package.
set(CPACK_PACKAGE_NAME "countersign")
set(CPACK_PACKAGE_VENDOR "Countersign")
set(CPACK_PACKAGE_CONTACT "Countersign maintainers <maintainers@countersign.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Libraries come from shlibdeps (the audit store links libsqlite3 itself: no Qt SQL driver at
# run time); the platform plugins the console loads are named by hand.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_GENERATOR "DEB")
install(FILES ${CMAKE_SOURCE_DIR}/packaging/countersign.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/countersign.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/countersign.svg
        DESTINATION share/icons/hicolor/scalable/apps)
include(CPack)
