// Slow salted password hashing (Argon2id via libsodium crypto_pwhash_str).
#pragma once

#include <QString>

namespace mt {

class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate, FastForTests };
    // Interactive (64 MiB, ops 2: ~0.1 s) keeps the GUI thread responsive at login; FastForTests only in tests.
    explicit PasswordHasher(Strength strength = Strength::Interactive);
    // Encoded "$argon2id$v=19$m=...,t=...,p=1$salt$hash"; empty on failure (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &encoded, const QString &password) const;
    bool needsRehash(const QString &encoded) const;

private:
    Strength m_strength;
};

// Reads a password without echo from a terminal, or a plain line from a pipe.
QString readSecretLine(bool echoOff);

} // namespace mt
