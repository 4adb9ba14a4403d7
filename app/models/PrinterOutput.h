#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

/**
 * Printing to a printer from the window: the printers the system knows (through Qt's print
 * support, CUPS on Linux) and a print job of the agenda or a day, drawn as `lanyard print` draws
 * its PDF. Saving as PDF goes through AgendaFiles, like every other file the window writes.
 */
class PrinterOutput : public QObject, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool failed READ failed NOTIFY finished)
public:
    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit PrinterOutput(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit PrinterOutput(AppController *app, QObject *parent = nullptr);

    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    /** The printers' names, the default one first; empty where none is set up. */
    Q_INVOKABLE QStringList printers() const;
    /** Sends `kind` ("agenda", or "day" for `day` as YYYY-MM-DD) to `printer`, `copies` times. */
    Q_INVOKABLE bool print(const QString &printer, const QString &kind, const QString &day, bool allConferences, int copies);

    Q_INVOKABLE void clearMessage() { report({}, false); }

Q_SIGNALS:
    void finished();

private:
    void startWithServices() override;
    void report(const QString &message, bool failed);

    AppController *m_app = nullptr;
    QString m_message;
    bool m_failed = false;
};
