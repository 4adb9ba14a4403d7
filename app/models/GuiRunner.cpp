#include "GuiRunner.h"

#include "AppController.h"
#include "ReminderController.h"
#include "StartupTiming.h"
#include "TimeFormat.h"
#include "agenda/DesktopNotifier.h"
#include "agenda/ReminderService.h"
#include "cli/StartupOptions.h"
#include "core/Clock.h"
#include "store/Storage.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QMessageLogContext>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

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
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);

    QStringList problems;
    if (options.selfTest) {
        s_selfTestProblems = &problems;
        s_previousHandler = qInstallMessageHandler(collectWarnings);
    }

    Clock clock;
    if (options.now.isValid())
        clock.setNow(options.now);
    Storage storage(options.databasePath);
    QString error;
    if (!storage.open(clock.now(), &error)) {
        QTextStream(stderr) << "lanyard: " << error << Qt::endl;
        return 1;
    }

    TimeFormat format(nullptr);
    AppController controller(storage.schedule(), storage.userData(), clock);
    DesktopNotifier notifier;
    ReminderService reminders(storage.schedule(), storage.userData(), clock, notifier);
    ReminderController reminderSettings(&reminders);

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Lanyard/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    if (options.quitAfterFirstFrame && window) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            QTextStream(stdout) << "first-frame-ms: " << StartupTiming::millisecondsSinceProcessStart() << Qt::endl;
            QCoreApplication::quit();
        }, Qt::SingleShotConnection);
    }
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
    const int code = app.exec();
    if (options.selfTest) {
        qInstallMessageHandler(s_previousHandler);
        s_selfTestProblems = nullptr;
    }
    return code;
}
