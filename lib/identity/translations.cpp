#include "translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace Tandem {

namespace {
// Where lib/CMakeLists.txt puts the .qm files, and their names:
// tandem_lib_<language>.qm.
constexpr auto CatalogueDir = QLatin1StringView(":/tandem/i18n");
constexpr auto CatalogueName = QLatin1StringView("tandem_lib");
constexpr auto SourceLanguageCatalogue = QLatin1StringView("tandem_lib_en");

// The translator installed last, so that the next call replaces it
// instead of stacking another. It belongs to the application object.
QPointer<QTranslator> &installedTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    QPointer<QTranslator> &installed = installedTranslator();
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed.data();
    }
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, QString(CatalogueName), QStringLiteral("_"), QString(CatalogueDir))
        && !translator->load(QString(SourceLanguageCatalogue), QString(CatalogueDir))) {
        delete translator;
        return false;
    }
    if (!QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed = translator;
    return true;
}

} // namespace Tandem
