#include "BundledProgramme.h"

#include "ScheduleImport.h"
#include "feeds/PlacesFile.h"
#include "store/Database.h"
#include "store/MetaValues.h"
#include "store/PlaceStore.h"
#include "store/ScheduleStore.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace BundledProgramme
{

static const QString kLoadedKey = u"bundled_programme_loaded"_s;
static const QString kPlacesLoadedKey = u"bundled_places_loaded"_s;

namespace
{
bool hasMeta(const Database &database, const QString &key, bool *found, QString *errorMessage)
{
    bool ok = false;
    *found = MetaValues::value(database, key, &ok, errorMessage).has_value();
    return ok;
}

bool setMeta(const Database &database, const QString &key, const QDateTime &now, QString *errorMessage)
{
    return MetaValues::setValue(database, key, now.toString(Qt::ISODate), errorMessage);
}

/**
 * The Hobart places, once per database: with a new programme, and for a database that had the
 * programme before places existed. Not when the user has removed the conference since.
 */
bool ensurePlacesLoaded(ScheduleStore &store, const QDateTime &now, QString *errorMessage)
{
    const Database &db = store.database();
    bool loaded = false;
    if (!hasMeta(db, kPlacesLoadedKey, &loaded, errorMessage))
        return false;
    if (loaded)
        return true;
    if (store.conference(QString::fromLatin1(kConferenceId))) {
        QFile file(QString::fromLatin1(kPlacesResource));
        if (!file.open(QIODevice::ReadOnly)) {
            if (errorMessage)
                *errorMessage = u"the bundled places are missing from this build (%1)"_s.arg(file.fileName());
            return false;
        }
        const auto catalogue = PlacesFile::parse(file.readAll(), u"bundled places.json"_s, errorMessage);
        if (!catalogue)
            return false;
        if (!PlaceStore::replaceCatalogue(store.database(), catalogue->conferenceId, catalogue->places, errorMessage))
            return false;
    }
    return setMeta(db, kPlacesLoadedKey, now, errorMessage);
}
} // namespace

bool ensureLoaded(ScheduleStore &store, const QDateTime &now, QString *errorMessage)
{
    const Database &db = store.database();
    bool loaded = false;
    if (!hasMeta(db, kLoadedKey, &loaded, errorMessage))
        return false;
    if (loaded)
        return ensurePlacesLoaded(store, now, errorMessage);

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
    return setMeta(db, kLoadedKey, now, errorMessage) && ensurePlacesLoaded(store, now, errorMessage);
}

} // namespace BundledProgramme
