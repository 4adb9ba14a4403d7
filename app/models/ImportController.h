#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

class AppController;

/**
 * Files opened with Lanyard (`lanyard FILE.ics`, the desktop's "Open with", or a second launch
 * handing its files over) wait here until the user confirms them. Each file is read and parsed
 * once for the preview; confirming stores exactly those bytes through ScheduleImport, so what is
 * imported is what was shown. Exposed to QML as the `Importer` singleton.
 */
class ImportController : public QObject, public QmlSingleton<ImportController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Importer)
    QML_SINGLETON
    /** Whether a file waits for a decision. */
    Q_PROPERTY(bool pending READ pending NOTIFY currentChanged)
    /** Files waiting, the current one included. */
    Q_PROPERTY(int queueLength READ queueLength NOTIFY currentChanged)
    /**
     * The current file: path, fileName, ok, error, format, title, conferenceId, start, end,
     * timeZone, days, rooms, events, warnings (count), replaces (the conference is already here).
     */
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY currentChanged)
public:
    explicit ImportController(AppController &app, QObject *parent = nullptr);
    ~ImportController() override;

    bool pending() const { return !m_queue.isEmpty(); }
    int queueLength() const { return int(m_queue.size()); }
    QVariantMap preview() const { return m_preview; }

    /** Queues files (paths or file: URLs); a file already waiting is not queued twice. */
    Q_INVOKABLE void openFiles(const QStringList &files);
    /** Imports the current file and shows its conference; then the next file, if any. */
    Q_INVOKABLE bool accept();
    /** Leaves the current file alone and goes on with the next. */
    Q_INVOKABLE void reject();

    /** Largest file read; a programme is a few megabytes at most. */
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

Q_SIGNALS:
    void currentChanged();
    /** After accept(): a one-line summary, or why nothing was imported. */
    void finished(bool ok, const QString &message);

private:
    void loadCurrent();

    AppController &m_app;
    QStringList m_queue;
    QByteArray m_bytes;
    QVariantMap m_preview;
};
