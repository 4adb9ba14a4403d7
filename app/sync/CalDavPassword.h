#pragma once

#include <QString>

#include <optional>

/**
 * The calendar password in the desktop's keyring (QtKeychain: Secret Service, KWallet), keyed by
 * user and server; never in the database or the settings file. Each call waits for the keyring
 * (at most a few seconds: a desktop without one answers with an error, not silence).
 */
namespace CalDavPassword
{
/** Whether this build has keyring support at all. */
bool keyringBuiltIn();
std::optional<QString> read(const QString &user, const QString &server, QString *errorMessage);
bool write(const QString &user, const QString &server, const QString &password, QString *errorMessage);
bool remove(const QString &user, const QString &server, QString *errorMessage);
} // namespace CalDavPassword
