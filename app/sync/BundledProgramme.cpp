#include "BundledProgramme.h"

#include "ScheduleImport.h"
#include "store/Database.h"
#include "store/SqlHelpers.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace BundledProgramme
{

static const QString kLoadedKey = u"bundled_programme_loaded"_s;

bool ensureLoaded(ScheduleStore &store, const QDateTime &now, QString *errorMessage)
{
    const QSqlDatabase db = store.database().connection();
    QSqlQuery query(db);
    if (!Sql::exec(query, u"SELECT value FROM meta WHERE key = ?"_s, {kLoadedKey}, errorMessage))
        return false;
    if (query.next())
        return true;

    QFile file(QString::fromLatin1(kScheduleResource));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = u"the bundled programme is missing from this build (%1)"_s.arg(file.fileName());
        return false;
    }
    ImportOptions options;
    options.sourceName = u"bundled PyCon Australia 2013 programme"_s;
    const ImportOutcome outcome = ScheduleImport::importBytes(store, file.readAll(), options, u"bundled"_s, now);
    if (!outcome.ok()) {
        if (errorMessage)
            *errorMessage = outcome.error;
        return false;
    }
    return Sql::exec(db, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
                     {kLoadedKey, now.toString(Qt::ISODate)}, errorMessage);
}

} // namespace BundledProgramme
