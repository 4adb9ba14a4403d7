#include "CalDavPassword.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#ifdef LANYARD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace
{
[[maybe_unused]] constexpr int kKeyringTimeoutMs = 10000;
[[maybe_unused]] const QString kService = u"Lanyard calendar"_s;

[[maybe_unused]] QString keyFor(const QString &user, const QString &server)
{
    return user + u'@' + QUrl(server).host();
}

#ifdef LANYARD_HAVE_KEYCHAIN
/** Runs the job to its end; false with the keyring's message on failure or time-out. */
bool run(QKeychain::Job &job, QString *errorMessage)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kKeyringTimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (timedOut) {
        if (errorMessage)
            *errorMessage = u"the keyring did not answer"_s;
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        if (errorMessage)
            *errorMessage = u"keyring: %1"_s.arg(job.errorString());
        return false;
    }
    return true;
}
#endif
} // namespace

namespace CalDavPassword
{
bool keyringBuiltIn()
{
#ifdef LANYARD_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

std::optional<QString> read(const QString &user, const QString &server, QString *errorMessage)
{
#ifdef LANYARD_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(user, server));
    if (!run(job, errorMessage))
        return std::nullopt;
    return job.textData();
#else
    Q_UNUSED(user)
    Q_UNUSED(server)
    if (errorMessage)
        *errorMessage = u"this build has no keyring support"_s;
    return std::nullopt;
#endif
}

bool write(const QString &user, const QString &server, const QString &password, QString *errorMessage)
{
#ifdef LANYARD_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(user, server));
    job.setTextData(password);
    return run(job, errorMessage);
#else
    Q_UNUSED(user)
    Q_UNUSED(server)
    Q_UNUSED(password)
    if (errorMessage)
        *errorMessage = u"this build has no keyring support"_s;
    return false;
#endif
}

bool remove(const QString &user, const QString &server, QString *errorMessage)
{
#ifdef LANYARD_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(user, server));
    return run(job, errorMessage);
#else
    Q_UNUSED(user)
    Q_UNUSED(server)
    Q_UNUSED(errorMessage)
    return true;
#endif
}
} // namespace CalDavPassword
