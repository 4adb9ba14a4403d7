#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * Export, backup and restore for the UI's file dialogs: the same functions as `lanyard export`
 * and `lanyard restore`, reporting in a message the page shows.
 */
class AgendaFiles : public QObject, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    /** What the last export or restore did, or why it failed. */
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool failed READ failed NOTIFY finished)
public:
    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit AgendaFiles(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit AgendaFiles(AppController *app, QObject *parent = nullptr);

    QString message() const { return m_message; }
    bool failed() const { return m_failed; }

    /**
     * Writes the agenda ("ics", "csv", "md") or the backup ("json") of the current conference, or
     * of all when `allConferences`, to a local file; the suffix is added when the name has none.
     */
    Q_INVOKABLE bool exportTo(const QUrl &file, const QString &format, bool allConferences);
    /**
     * Prints `kind` ("agenda", or "day" for the day `day`, YYYY-MM-DD, of the current conference)
     * into a PDF file, as `lanyard print` does; ".pdf" is added when the name has no suffix.
     */
    Q_INVOKABLE bool printTo(const QUrl &file, const QString &kind, const QString &day, bool allConferences);
    /** Merges a JSON backup, or bookmarks the events of an .ics file. */
    Q_INVOKABLE bool restoreFrom(const QUrl &file, bool allConferences);
    /** "lanyard-agenda-pyconau2013.ics"; for a printed day ("pdf", with `day`), "lanyard-pyconau2013-2013-07-05.pdf". */
    Q_INVOKABLE QString suggestedName(const QString &format, bool allConferences, const QString &day = {}) const;
    Q_INVOKABLE void clearMessage();
    /** Where the dialogs start: the user's documents folder. */
    Q_INVOKABLE QUrl defaultFolder() const;
    /** `name` inside the folder `folder`, as a file URL. */
    Q_INVOKABLE QUrl fileIn(const QUrl &folder, const QString &name) const;
    /** The last part of a dialog's choice ("x.ics"), as `localPath` reads it; "" for a folder. */
    Q_INVOKABLE QString fileNameOf(const QUrl &file) const;

    /**
     * The local path a file dialog's answer stands for; "" when it is no local file. Qt 6.4's own
     * dialog answers a typed name as a bare path without "file:" (the folder, "/", then what was
     * typed), so a typed full path arrives as "/home/me//tmp/x.ics" and "~/x.ics" as
     * "/home/me/~/x.ics".
     */
    static QString localPath(const QUrl &file);

Q_SIGNALS:
    void finished();

private:
    void startWithServices() override;
    void report(const QString &message, bool failed);
    /** The checked local path for `file` with `suffix` added when it has none; "" after a report. */
    QString targetPath(const QUrl &file, const QString &suffix);

    AppController *m_app = nullptr;
    QString m_message;
    bool m_failed = false;
};
