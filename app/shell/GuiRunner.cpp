#include "GuiRunner.h"

#include "AccessibleQuickItem.h"
#include "AppServices.h"
#include "IconTheme.h"
#include "SingleInstance.h"
#include "StartupOptions.h"
#include "StartupTiming.h"
#include "Storage.h"
#include "agenda/DesktopNotifier.h"
#include "core/Clock.h"
#include "models/ImportController.h"
#include "models/SyncController.h"

#include <QDebug>
#include <QDirIterator>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageLogContext>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace
{
QStringList *s_selfTestProblems = nullptr;
QtMessageHandler s_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_selfTestProblems && type != QtDebugMsg && type != QtInfoMsg)
        s_selfTestProblems->append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

int s_signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
}

/**
 * SIGTERM (logout, `kill`) and SIGINT (Ctrl+C) close the window like the user would: the event
 * loop ends, destructors run, the database is closed and the instance lock is removed.
 */
void quitOnTerminationSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(s_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

/** Tells, in a dialog over the window, that the database file was moved aside and why. */
void showSetAsideDialog(QQmlEngine &engine, QQuickWindow *window, const SetAsideDatabase &setAside)
{
    QQmlComponent component(&engine, QUrl(u"qrc:/qt/qml/Lanyard/components/DatabaseSetAsideDialog.qml"_s));
    QString reason = u"failedCheck"_s;
    if (setAside.reason == SetAsideDatabase::Reason::NotSqlite)
        reason = u"notSqlite"_s;
    else if (setAside.reason == SetAsideDatabase::Reason::NewerVersion)
        reason = u"newerVersion"_s;
    QObject *dialog = component.createWithInitialProperties({
        {u"parent"_s, QVariant::fromValue(window->contentItem())},
        {u"reason"_s, reason},
        {u"path"_s, setAside.path},
        {u"keptAs"_s, setAside.keptAs},
        {u"detail"_s, setAside.detail},
    });
    if (!dialog) {
        qWarning().noquote() << component.errorString();
        return;
    }
    dialog->setParent(window);
    QMetaObject::invokeMethod(dialog, "open");
}

/** Compiles every QML file of the module (pages that Main.qml loads lazily too). */
void compileAllQml(QQmlEngine &engine, QStringList &problems)
{
    QDirIterator files(u":/qt/qml/Lanyard"_s, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QQmlComponent component(&engine, QUrl(u"qrc"_s + path));
        if (component.isError()) {
            for (const QQmlError &error : component.errors())
                problems.append(error.toString());
        }
    }
}
} // namespace

int runGui(int &argc, char **argv, const StartupOptions &options)
{
    QGuiApplication::setApplicationDisplayName(u"Lanyard"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(LANYARD_VERSION));
    QGuiApplication::setDesktopFileName(u"org.lanyard.Lanyard"_s);
    QGuiApplication app(argc, argv);
    QGuiApplication::setWindowIcon(QIcon(u":/images/org.lanyard.Lanyard.svg"_s));
    installIconTheme();
    quitOnTerminationSignals(&app);
    // Fusion with indicators that show on a dark palette too (qml/style/).
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"LanyardStyle"_s);

    // One window per database: a second launch hands its files to the first and quits. The
    // diagnostic runs (--self-test, --quit-after-first-frame) stand apart from a user's window.
    const bool diagnosticRun = options.selfTest || options.quitAfterFirstFrame;
    SingleInstance instance(Database::resolvePath(options.databasePath));
    if (!diagnosticRun) {
        switch (instance.start(options.files)) {
        case SingleInstance::Role::Primary:
            break;
        case SingleInstance::Role::HandedOver:
            QTextStream(stdout) << "Lanyard is already running on this database (process " << instance.holderPid()
                                << "): its window was asked to come forward"
                                << (options.files.isEmpty() ? u""_s : u", and to open %1 file(s)"_s.arg(options.files.size())) << "."
                                << Qt::endl;
            return 0;
        case SingleInstance::Role::Unreachable:
        case SingleInstance::Role::Failed:
            QTextStream(stderr) << "lanyard: " << instance.errorString() << Qt::endl;
            return 1;
        }
    }

    QStringList problems;
    if (options.selfTest) {
        s_selfTestProblems = &problems;
        s_previousHandler = qInstallMessageHandler(collectWarnings);
    }

    Clock clock;
    if (options.now.isValid())
        clock.setNow(options.now);
    Storage storage(options.databasePath);
    // Bookmarks and notes are stamped with the app's clock, like everything else that asks the time.
    storage.userData().setNowProvider([&clock] { return clock.now(); });
    QString error;
    if (!storage.open(clock.now(), &error)) {
        QTextStream(stderr) << "lanyard: " << error << Qt::endl;
        return 1;
    }

    DesktopNotifier notifier;
    // The app's one network manager; every feed fetch is a job on it.
    QNetworkAccessManager network;
    AppServices services(storage, clock, {.notifier = &notifier, .network = &network, .applyPreferences = true});
    ImportController &importer = services.importer();

    AccessibleQuickItem::install();
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    services.attach(engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Lanyard/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (const auto &setAside = storage.database().setAside()) {
        QTextStream(stderr) << "lanyard: " << setAside->message() << Qt::endl;
        if (window)
            showSetAsideDialog(engine, window, *setAside);
    }

    // Files from the command line, then those a second launch hands over, wait for confirmation.
    importer.openFiles(options.files);
    QObject::connect(&instance, &SingleInstance::activationRequested, &importer, [&importer, window](const QStringList &files) {
        if (window) {
            if (window->visibility() == QWindow::Minimized || window->visibility() == QWindow::Hidden)
                window->showNormal();
            window->raise();
            window->requestActivate();
            // Where the window manager refuses to hand over the focus, at least ask for attention.
            window->alert(0);
        }
        importer.openFiles(files);
    });

    if (options.quitAfterFirstFrame && window) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] {
                QTextStream(stdout) << "first-frame-ms: " << StartupTiming::millisecondsSinceProcessStart() << Qt::endl
                                    << "peak-memory-kib: " << StartupTiming::peakMemoryKib() << Qt::endl;
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
    }
    // Subscriptions refresh on their own once the window is up (not in the self-test runs).
    if (!options.selfTest && !options.quitAfterFirstFrame)
        services.sync()->startAutomaticRefresh(2000);
    if (options.selfTest) {
        compileAllQml(engine, problems);
        // Let the first frames render so that binding errors during layout show up too.
        QTimer::singleShot(1500, &app, [&problems] {
            QTextStream err(stderr);
            for (const QString &problem : std::as_const(problems))
                err << "self-test: " << problem << Qt::endl;
            QTextStream(stdout) << "self-test: " << (problems.isEmpty() ? "ok" : "FAILED") << Qt::endl;
            QCoreApplication::exit(problems.isEmpty() ? 0 : 1);
        });
    }
    if (!options.selfTest && !options.quitAfterFirstFrame)
        services.watchOutsideChanges();
    const int code = app.exec();
    if (options.selfTest) {
        qInstallMessageHandler(s_previousHandler);
        s_selfTestProblems = nullptr;
    }
    return code;
}
