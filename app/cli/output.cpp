#include "output.h"

#include <QJsonDocument>

#include <cstdio>

void Output::emitObject(const QJsonObject &object, const QString &human) const
{
    if (m_json)
        std::fprintf(stdout, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    else if (!human.isEmpty())
        std::fprintf(stdout, "%s\n", qUtf8Printable(human));
    std::fflush(stdout);
}

void Output::emitArray(const QJsonArray &array, const QString &human) const
{
    if (m_json)
        std::fprintf(stdout, "%s\n", QJsonDocument(array).toJson(QJsonDocument::Compact).constData());
    else
        std::fprintf(stdout, "%s", qUtf8Printable(human));
    std::fflush(stdout);
}

void Output::note(const QString &text) const
{
    if (!m_json) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(text));
        std::fflush(stdout);
    }
}

void Output::error(const QString &text) const
{
    std::fprintf(stderr, "tandem-cli: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}
