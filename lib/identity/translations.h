#pragma once

#include <Tandem/tandem_export.h>

#include <QLocale>

namespace Tandem {

/*!
    \fn bool Tandem::installTranslations(const QLocale &locale)
    \inmodule Tandem

    Installs the library's own translation for \a locale and returns whether
    one was installed: the strings libtandem shows (errors, reasons, states,
    from Tandem::Transfer, Tandem::LocalDevice and the rest) come in German
    and Simplified Chinese, built into the library, so an application ships
    no file for them. Call it next to installing the application's own
    QTranslator, on the application's thread, once a QCoreApplication
    exists; a later call replaces the catalogue an earlier one installed.

    The default QLocale() follows the system (or QLocale::setDefault()). For
    a language the library has no catalogue for, the English one is
    installed, which only holds the plural forms ("1 file", "2 files") the
    source strings leave open.
*/
TANDEM_EXPORT bool installTranslations(const QLocale &locale = QLocale());

} // namespace Tandem
