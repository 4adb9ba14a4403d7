#include "PrinterOutput.h"

#include "AppController.h"
#include "agenda/Printout.h"

#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::Literals::StringLiterals;

PrinterOutput::PrinterOutput(QObject *parent)
    : QObject(parent)
{
}

PrinterOutput::PrinterOutput(AppController *app, QObject *parent)
    : PrinterOutput(parent)
{
    setAppController(app);
    startWithServices();
}

void PrinterOutput::startWithServices()
{
    m_app = appController();
}

void PrinterOutput::report(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT finished();
}

QStringList PrinterOutput::printers() const
{
    QStringList names = QPrinterInfo::availablePrinterNames();
    const QString preferred = QPrinterInfo::defaultPrinterName();
    if (names.removeOne(preferred))
        names.prepend(preferred);
    return names;
}

bool PrinterOutput::print(const QString &printer, const QString &kind, const QString &day, bool allConferences, int copies)
{
    const auto parsed = Printout::kindFromName(kind);
    if (!m_app || !parsed) {
        report(tr("Unknown printout \"%1\".").arg(kind), true);
        return false;
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(printer);
    if (info.isNull()) {
        report(tr("Nothing was printed: there is no printer \"%1\".").arg(printer), true);
        return false;
    }
    QPrinter device(info, QPrinter::HighResolution);
    device.setPageOrientation(Printout::orientationFor(*parsed));
    device.setCopyCount(std::max(1, copies));
    device.setDocName(*parsed == Printout::Kind::Day ? tr("Programme of %1").arg(day) : tr("My agenda"));
    Printout::Request request;
    request.kind = *parsed;
    request.conferenceId = allConferences && *parsed == Printout::Kind::Agenda ? QString() : m_app->conferenceId();
    request.day = QDate::fromString(day, Qt::ISODate);
    QString error;
    if (!Printout::draw(device, request, m_app->scheduleStore(), m_app->userDataStore(), m_app->agendaState().tripSources(), &error)) {
        report(tr("Nothing was printed: %1").arg(error), true);
        return false;
    }
    report(tr("Sent to %1.").arg(printer), false);
    return true;
}
