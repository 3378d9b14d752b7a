#pragma once

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace amodesk {

struct AccountSummary {
    qint64 id = 0;
    QString name;
    QString subdomain;
};

// Reads GET /api/v4/account once: the check that a base URL and token reach an account.
class AccountProbe : public QObject
{
    Q_OBJECT
public:
    explicit AccountProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    void probe(const QString &baseUrl, const QString &token);

Q_SIGNALS:
    void succeeded(const amodesk::AccountSummary &account);
    void failed(const QString &reason);

private:
    QNetworkAccessManager *m_network;
};

} // namespace amodesk
