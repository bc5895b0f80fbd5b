// CtlArgs: a small parser; QCommandLineParser does not fit nested commands with repeated options.
#include "CtlArgs.h"

namespace mt {

namespace {

const QStringList &flagNames()
{
    static const QStringList names{QStringLiteral("json"), QStringLiteral("all"), QStringLiteral("help")};
    return names;
}

const QStringList &globalNames()
{
    static const QStringList names{QStringLiteral("data-dir"), QStringLiteral("json"), QStringLiteral("lang"),
                                   QStringLiteral("help")};
    return names;
}

} // namespace

bool CtlArgs::parse(const QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (!a.startsWith(QLatin1String("--")) || a.size() == 2) {
            m_words << a;
            continue;
        }
        QString name = a.mid(2);
        QString val;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            val = name.mid(eq + 1);
            name = name.left(eq);
        } else if (flagNames().contains(name)) {
            m_flags.insert(name);
            continue;
        } else if (i + 1 < arguments.size()) {
            val = arguments[++i];
        } else {
            *error = tr("The option --%1 needs a value.").arg(name);
            return false;
        }
        m_options[name] << val;
    }
    return true;
}

bool CtlArgs::has(const QString &name) const
{
    return m_options.contains(name);
}

QString CtlArgs::value(const QString &name) const
{
    const QStringList v = m_options.value(name);
    return v.isEmpty() ? QString() : v.last();
}

QStringList CtlArgs::values(const QString &name) const
{
    return m_options.value(name);
}

QStringList CtlArgs::unknown(const QStringList &allowed) const
{
    QStringList out;
    const QStringList given = m_options.keys() + QStringList(m_flags.begin(), m_flags.end());
    for (const QString &n : given) {
        if (!allowed.contains(n) && !globalNames().contains(n))
            out << n;
    }
    return out;
}

} // namespace mt
