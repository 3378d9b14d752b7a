#include "RateBudget.h"
#include "JwtClaims.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcBudget, "amodesk.budget", QtInfoMsg)

namespace amodesk {

namespace {
constexpr int kLockWaitMs = 2000;
constexpr int kStaleLockMs = 3000; // a holder alive but stuck this long is taken over too
constexpr qint64 kKeepMs = 5000;   // starts older than this can no longer matter

QString budgetFolder()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("amodesk-budgets"));
}
} // namespace

RateBudget::RateBudget(int perSecond) : m_configured(qMax(1, perSecond)), m_inForce(m_configured) {}

RateBudget::~RateBudget() = default;

QString RateBudget::statePathFor(const QString &key)
{
    const QString folder = budgetFolder();
    if (folder.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(folder).filePath(QString::fromLatin1(digest) + QStringLiteral(".window"));
}

void RateBudget::share(const QString &key)
{
    const QString path = statePathFor(key);
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).path())) {
        qCWarning(lcBudget) << "no runtime folder: the request budget is this process's own";
        return;
    }
    QFile::setPermissions(QFileInfo(path).path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_path = path;
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(kStaleLockMs);
}

template<typename Change> void RateBudget::update(Change change)
{
    if (!isShared()) {
        change(m_window);
        return;
    }
    if (!m_lock->tryLock(kLockWaitMs)) {
        // Never wait for another process for ever: go on with what was last read.
        qCWarning(lcBudget) << "the request budget is locked:" << m_lock->error();
        ++m_lockFailures;
        change(m_window);
        return;
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_window = RateWindow::parse(file.read(64 * 1024));
    file.close();
    change(m_window);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(m_window.serialize());
        file.close();
    }
    m_lock->unlock();
}

RateBudget::Take RateBudget::take(qint64 nowMs, int unansweredMarginMs)
{
    Take t;
    update([&](RateWindow &w) {
        w.forgetBefore(nowMs - kKeepMs);
        m_inForce = w.limit(m_configured, nowMs);
        const qint64 slot = w.nextSlot(m_configured, unansweredMarginMs, nowMs);
        if (slot > nowMs) {
            t.notBefore = slot;
            return;
        }
        quint64 ticket = 0;
        while (ticket == 0)
            ticket = QRandomGenerator::global()->generate64();
        t.ticket = w.take(ticket, nowMs);
        t.notBefore = nowMs;
    });
    return t;
}

void RateBudget::sent(quint64 ticket, qint64 nowMs)
{
    update([&](RateWindow &w) { w.sent(ticket, nowMs); });
}

void RateBudget::answered(const QList<QPair<quint64, int>> &marginsByTicket)
{
    update([&](RateWindow &w) {
        for (const auto &[ticket, margin] : marginsByTicket)
            w.answered(ticket, margin);
    });
}

void RateBudget::throttled(qint64 sentMs, qint64 pauseUntilMs, qint64 nowMs)
{
    update([&](RateWindow &w) {
        w.throttled(m_configured, sentMs, pauseUntilMs, nowMs);
        m_inForce = w.limit(m_configured, nowMs);
    });
}

QString rateBudgetKey(const QString &baseUrl, const QString &accessToken)
{
    const QUrl url(baseUrl);
    QString key = url.scheme() + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(url.port(-1));
    const JwtClaims claims = readJwtClaims(accessToken);
    if (!claims.audience.isEmpty())
        key += u'|' + claims.audience + u'|' + claims.accountId;
    return key;
}

} // namespace amodesk
