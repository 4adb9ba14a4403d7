#include "ExportFile.h"

#include "core/TestStopPoint.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace ExportFile
{

bool write(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // In two halves, so that a crash-safety test can stop the program with half of it written.
    const qsizetype half = bytes.size() / 2;
    const bool firstHalf = file.write(bytes.constData(), half) == half && file.flush();
    TestStop::at("export-write");
    if (!firstHalf || file.write(bytes.constData() + half, bytes.size() - half) != bytes.size() - half || !file.commit()) {
        if (errorMessage)
            *errorMessage = u"cannot write %1: %2 (the previous file, if any, is unchanged)"_s.arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace ExportFile
