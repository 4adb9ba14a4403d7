#include "ExportFile.h"

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
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = u"cannot write %1: %2 (the previous file, if any, is unchanged)"_s.arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace ExportFile
