#include "output.h"

#include <Tandem/profile.h>

#include <QJsonDocument>

#include <cstdio>

namespace {

enum class Style { Terminal, Json };

QString escaped(QStringView text, bool keepNewlines, Style style)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype units = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            units = 2;
        }
        const QStringView character = text.mid(i, units);
        i += units - 1;
        if ((keepNewlines && c == u'\n') || !Tandem::Profile::isUnsafeNameCharacter(c)) {
            out += character;
        } else if (style == Style::Json) {
            for (const QChar unit : character)
                out += QStringLiteral("\\u%1").arg(unit.unicode(), 4, 16, QLatin1Char('0'));
        } else if (c < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (c < 0x10000) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        }
    }
    return out;
}

// QJsonDocument escapes C0 only; DEL, C1 and format characters become
// \uXXXX here. They occur only inside strings (JSON's own syntax is ASCII),
// so the document stays valid and parses to the same values.
QByteArray jsonLine(const QJsonDocument &document)
{
    return escaped(QString::fromUtf8(document.toJson(QJsonDocument::Compact)), false, Style::Json).toUtf8();
}

} // namespace

QString terminalSafe(const QString &text, bool keepNewlines)
{
    return escaped(text, keepNewlines, Style::Terminal);
}

void Output::emitObject(const QJsonObject &object, const QString &human) const
{
    if (m_json)
        std::fprintf(stdout, "%s\n", jsonLine(QJsonDocument(object)).constData());
    else if (!human.isEmpty())
        std::fprintf(stdout, "%s\n", qUtf8Printable(terminalSafe(human, true)));
    std::fflush(stdout);
}

void Output::emitArray(const QJsonArray &array, const QString &human) const
{
    if (m_json)
        std::fprintf(stdout, "%s\n", jsonLine(QJsonDocument(array)).constData());
    else
        std::fprintf(stdout, "%s", qUtf8Printable(terminalSafe(human, true)));
    std::fflush(stdout);
}

void Output::note(const QString &text) const
{
    if (!m_json) {
        std::fprintf(stdout, "%s\n", qUtf8Printable(terminalSafe(text, true)));
        std::fflush(stdout);
    }
}

void Output::notice(const QString &text) const
{
    std::fprintf(stderr, "tandem-cli: %s\n", qUtf8Printable(terminalSafe(text, true)));
    std::fflush(stderr);
}

void Output::error(const QString &text) const
{
    std::fprintf(stderr, "tandem-cli: %s\n", qUtf8Printable(terminalSafe(text, true)));
    std::fflush(stderr);
}
