// Command-line parsing for medtrackctl: words, "--name value" options (repeatable) and flags.
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mt {

class CtlArgs
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
public:
    // Returns false with `error` set (one translated line) on a malformed command line.
    bool parse(const QStringList &arguments, QString *error);

    const QStringList &words() const { return m_words; }
    QString word(qsizetype i) const { return m_words.value(i); }
    bool has(const QString &name) const;
    QString value(const QString &name) const; // the last one given
    QStringList values(const QString &name) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }
    // Names of options/flags given that are not in `allowed` (global options are always allowed).
    QStringList unknown(const QStringList &allowed) const;

private:
    QStringList m_words;
    QMap<QString, QStringList> m_options;
    QSet<QString> m_flags;
};

} // namespace mt
