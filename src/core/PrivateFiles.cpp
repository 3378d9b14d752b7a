#include "PrivateFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace amodesk {

namespace {
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateFolder = kPrivateFile | QFile::ExeOwner;

void tighten(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return;
    QFile::setPermissions(root, kPrivateFolder);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (entry.isSymLink())
            continue; // not ours to change
        const QFile::Permissions wanted = entry.isDir() ? kPrivateFolder : kPrivateFile;
        if ((entry.permissions() & ~(wanted | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser)) != 0)
            QFile::setPermissions(entry.filePath(), wanted);
    }
}
} // namespace

void keepFilesPrivate()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation})
        tighten(QStandardPaths::writableLocation(location) + QStringLiteral("/AmoDesk"));
}

} // namespace amodesk
