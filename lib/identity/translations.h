#pragma once

#include <Tandem/tandem_export.h>

#include <QLocale>

namespace Tandem {

// The library's own strings (errors, reasons, states; Tandem::Transfer,
// Tandem::LocalDevice, ...) come in the languages the library ships,
// built into it: an app installs them next to its own translator. Call
// on the application's thread once a QCoreApplication exists; a later
// call replaces the catalogue an earlier one installed.
//
// `locale`: whose language; the default QLocale() follows the system (or
// QLocale::setDefault()). Falls back to the English catalogue, which only
// holds plural forms ("1 file", "2 files") the source strings leave open.
// Returns whether a catalogue was installed.
TANDEM_EXPORT bool installTranslations(const QLocale &locale = QLocale());

} // namespace Tandem
