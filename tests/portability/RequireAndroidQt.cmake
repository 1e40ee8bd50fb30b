# cmake -DSOURCE_DIR=... -DQT_VERSION=... -P RequireAndroidQt.cmake
# Runs Android's Qt check on QT_VERSION, as the top-level CMakeLists does.
list(APPEND CMAKE_MODULE_PATH ${SOURCE_DIR}/cmake)
include(TandemPlatformRequirements)
tandem_require_qt_for_android(${QT_VERSION})
message(STATUS "Qt ${QT_VERSION} accepted for Android")
