#include "agenda/Notifier.h"
#include "core/Clock.h"
#include "shell/AppServices.h"
#include "shell/IconTheme.h"
#include "shell/Storage.h"

#include "LoopbackHttpServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(LanyardPlugin)
// The window's style: the appearance tests run in it (QT_QUICK_CONTROLS_STYLE=LanyardStyle).
Q_IMPORT_QML_PLUGIN(LanyardStylePlugin)

/**
 * What QML tests can ask of the set-up, as the context property `LanyardTest`: where things are,
 * and the settings file, to check what the window saved.
 */
class LanyardTestHelper : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString databasePath MEMBER m_databasePath CONSTANT)
    Q_PROPERTY(QString sourceDir MEMBER m_sourceDir CONSTANT)
    /** The shared real-world feeds (LANYARD_FEEDS_DIR); tests skip with a message without them. */
    Q_PROPERTY(QString feedsDir MEMBER m_feedsDir CONSTANT)
    /** The sanitizer build, ten times slower: tests that walk hundreds of pages take a sample. */
    Q_PROPERTY(bool sanitized MEMBER m_sanitized CONSTANT)
    /** A folder for the tests' own files, removed at the end. */
    Q_PROPERTY(QString tempDir MEMBER m_tempDir CONSTANT)
public:
    QString m_tempDir;
    QString m_databasePath;
    QString m_sourceDir = qEnvironmentVariable("LANYARD_SOURCE_DIR");
    QString m_feedsDir = qEnvironmentVariable("LANYARD_FEEDS_DIR");
    bool m_sanitized = qEnvironmentVariableIsSet("LANYARD_TEST_SANITIZED");
    std::unique_ptr<LoopbackHttpServer> m_server;

    Q_INVOKABLE bool fileExists(const QString &path) const { return QFileInfo::exists(path); }
    Q_INVOKABLE bool makePath(const QString &path) const { return QDir().mkpath(path); }
    /** A file's text (UTF-8), "" when it cannot be read. */
    Q_INVOKABLE QString readFile(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /** A value as QSettings has it now (what Preferences and the window saved). */
    Q_INVOKABLE QVariant setting(const QString &key) const
    {
        QSettings settings;
        settings.sync();
        return settings.value(key);
    }
    /**
     * Runs the lanyard command line on the test database as another process (a user typing in a
     * terminal beside the window); its exit code.
     */
    Q_INVOKABLE int runLanyard(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(qEnvironmentVariable("LANYARD_BINARY"), QStringList{u"--db"_s, m_databasePath} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        return process.exitCode();
    }
    /**
     * Serves a file at `path` (with its content type) from a web server on 127.0.0.1 inside the
     * test, started on first use; the address. Every request is counted (`requestsFor`).
     */
    Q_INVOKABLE QString serve(const QString &path, const QString &file, const QString &contentType)
    {
        if (!m_server) {
            m_server = std::make_unique<LoopbackHttpServer>();
            if (!m_server->listen())
                qFatal("cannot listen on 127.0.0.1");
        }
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        LoopbackHttpServer::Response response;
        response.headers = {{"Content-Type", contentType.toUtf8()}};
        response.body = source.readAll();
        m_server->route(path.toUtf8(), response);
        return m_server->url(path).toString();
    }
    /** How many requests the test's web server had for `path`. */
    Q_INVOKABLE int requestsFor(const QString &path) const
    {
        if (!m_server)
            return 0;
        int count = 0;
        for (const LoopbackHttpServer::Request &request : m_server->requests())
            count += request.path == path.toUtf8() ? 1 : 0;
        return count;
    }
    /** Forgets every setting, for a test that needs a first start. */
    Q_INVOKABLE void clearSettings() const
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }
};

/** Notifications that go nowhere but are "available", so that the reminder settings are enabled. */
class TestNotifier : public Notifier
{
public:
    bool isAvailable() const override { return true; }
    void notify(const QString &, const QString &) override { ++count; }
    int count = 0;
};

/**
 * The stores and the app's services, made once for all QML test files as GuiRunner makes them, on
 * a database in a temporary folder that is removed at the end.
 */
class LanyardQmlTestSetup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder");
        // Settings of the tests never touch the user's: QSettings reads XDG_CONFIG_HOME.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        QCoreApplication::setOrganizationDomain(u"lanyard.org"_s);
        QCoreApplication::setApplicationName(u"lanyard"_s);
        installIconTheme();

        QDateTime now = Clock::parseInstant(qEnvironmentVariable("LANYARD_NOW"));
        if (!now.isValid())
            now = Clock::parseInstant(u"2013-07-06T10:30:00+10:00"_s);
        m_clock = std::make_unique<Clock>();
        m_clock->setNow(now);
        m_helper.m_databasePath = m_dir.filePath(u"lanyard.sqlite"_s);
        m_helper.m_tempDir = m_dir.filePath(u"files"_s);
        QDir().mkpath(m_helper.m_tempDir);
        m_storage = std::make_unique<Storage>(m_helper.m_databasePath);
        QString error;
        if (!m_storage->open(m_clock->now(), &error))
            qFatal("cannot open the test database: %s", qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        // No automatic refresh here: the tests never reach out to a network.
        m_services = std::make_unique<AppServices>(
            *m_storage, *m_clock, AppServices::Options{.notifier = &m_notifier, .network = m_network.get(), .applyPreferences = true});
        // What another process writes reaches the views, as in the window.
        m_services->watchOutsideChanges();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->rootContext()->setContextProperty(u"LanyardTest"_s, &m_helper);
        m_services->attach(*engine);
    }

    void cleanupTestCase()
    {
        m_services.reset();
        m_storage.reset();
        m_network.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Clock> m_clock;
    LanyardTestHelper m_helper;
    std::unique_ptr<Storage> m_storage;
    TestNotifier m_notifier;
    /** Made once the application exists: made before it, it warns and misses the application's signals. */
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AppServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(lanyard_qml, LanyardQmlTestSetup)

#include "tst_qml.moc"
