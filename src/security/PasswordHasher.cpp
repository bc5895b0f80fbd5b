// Argon2id password hashing through libsodium, and reading a secret line from the terminal or a pipe.
#include "security/PasswordHasher.h"

#include <sodium.h>

#include <termios.h>
#include <unistd.h>

#include <array>
#include <iostream>
#include <mutex>
#include <string>

namespace mt {

namespace {

bool ensureSodium()
{
    // sodium_init() is idempotent and thread-safe; once_flag just avoids repeated calls.
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

Limits limitsFor(PasswordHasher::Strength s)
{
    switch (s) {
    case PasswordHasher::Strength::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case PasswordHasher::Strength::FastForTests:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case PasswordHasher::Strength::Interactive:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    if (!ensureSodium())
        return {};
    QByteArray pw = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    const Limits l = limitsFor(m_strength);
    const int rc = crypto_pwhash_str(out.data(), pw.constData(), static_cast<unsigned long long>(pw.size()),
                                     l.ops, l.mem);
    sodium_memzero(pw.data(), static_cast<size_t>(pw.size()));
    if (rc != 0)
        return {};
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString &encoded, const QString &password) const
{
    if (!ensureSodium() || encoded.isEmpty())
        return false;
    const QByteArray enc = encoded.toLatin1();
    if (enc.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES))
        return false;
    QByteArray pw = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(enc.constData(), pw.constData(),
                                            static_cast<unsigned long long>(pw.size()));
    sodium_memzero(pw.data(), static_cast<size_t>(pw.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    if (!ensureSodium())
        return false;
    const QByteArray enc = encoded.toLatin1();
    const Limits l = limitsFor(m_strength);
    // 1 = different parameters, -1 = not an Argon2id string: both call for a new hash.
    return crypto_pwhash_str_needs_rehash(enc.constData(), l.ops, l.mem) != 0;
}

QString readSecretLine(bool echoOff)
{
    termios saved{};
    bool tty = echoOff && isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tty = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << std::endl; // the user's Enter was not echoed
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString result = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace mt
