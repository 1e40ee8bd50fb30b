#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Everything tandem-cli prints goes through here: one JSON object per line
// with --json, a sentence for people otherwise. Errors go to stderr.
class Output
{
public:
    explicit Output(bool json)
        : m_json(json)
    { }

    bool isJson() const { return m_json; }
    // An event or a result: JSON line, or `human` on stdout.
    void emitObject(const QJsonObject &object, const QString &human) const;
    void emitArray(const QJsonArray &array, const QString &human) const;
    // Progress and prompts for people; silent in JSON mode.
    void note(const QString &text) const;
    void error(const QString &text) const;

private:
    bool m_json;
};
