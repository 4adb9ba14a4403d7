#pragma once

#include <QByteArray>
#include <QString>

/**
 * Writes an export or a backup safely: into a temporary file beside the target, then renamed
 * over it (QSaveFile), so a full disk or a crash never leaves a half-written file where a good
 * one was.
 */
namespace ExportFile
{
bool write(const QString &path, const QByteArray &bytes, QString *errorMessage);
} // namespace ExportFile
