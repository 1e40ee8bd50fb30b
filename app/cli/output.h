#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Everything tandem-cli prints goes through here: one JSON object per line
// with --json, a sentence for people otherwise. Errors go to stderr.
//
// Nothing a peer chose reaches the terminal raw: what a terminal acts on or
// hides (Tandem::Profile::isUnsafeNameCharacter: C0 and C1 controls, DEL,
// bidi overrides and isolates, zero-width and other format characters,
// line separators, lone surrogates) is printed as a visible escape. Human
// text is escaped once more here as a whole, keeping only its line breaks;
// JSON gets those characters as \uXXXX escapes (QJsonDocument escapes only
// C0), so a script reads the same strings.
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
    // What the command chose to do, for people, in both modes: on stderr,
    // so that it never mixes with the output scripts read.
    void notice(const QString &text) const;
    void error(const QString &text) const;

private:
    bool m_json;
};

// `text` (a device name, reason, file name or message a peer sent) with
// each unsafe character written visibly: \x1b, \u202e, \U000e0001. Line
// breaks too, unless `keepNewlines`: a peer must not start a line of our
// output. Backslashes are left alone.
QString terminalSafe(const QString &text, bool keepNewlines = false);
