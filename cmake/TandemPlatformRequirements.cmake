# What a platform needs beyond the project's minimums (Qt 6.5, CMake 3.27).

# Android needs Qt 6.8.1: before it, QBluetoothPermission asks for location
# along with the Bluetooth permissions on API 31 and later, where the
# manifest (resources/android/AndroidManifest.xml) grants location only up
# to API 30 (maxSdkVersion) - the request is refused and Bluetooth never
# starts. Granting location on every API instead would ask users for their
# location to no purpose.
set(TANDEM_ANDROID_MIN_QT_VERSION 6.8.1)

# Stops configure when `qt_version` is too old for Android.
function(tandem_require_qt_for_android qt_version)
    if(qt_version VERSION_LESS TANDEM_ANDROID_MIN_QT_VERSION)
        message(FATAL_ERROR "Tandem for Android needs Qt ${TANDEM_ANDROID_MIN_QT_VERSION} or later (this is Qt "
                            "${qt_version}): earlier Qt asks for location with the Bluetooth permissions on "
                            "Android 12 and later, which the manifest does not declare there, so Bluetooth "
                            "never starts.")
    endif()
endfunction()
