#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>

namespace amodesk {

struct AccountSummary {
    qint64 id = 0;
    QString name;
    QString subdomain;
};

// Reads GET /api/v4/account once: the check that a base URL and token reach an account. It
// goes through a request pipeline of its own, so it draws from the account's shared budget,
// waits out a 429 and never follows a redirect with the token.
class AccountProbe : public QObject
{
    Q_OBJECT
public:
    explicit AccountProbe(QObject *parent = nullptr);
    void probe(const QString &baseUrl, const QString &token);

Q_SIGNALS:
    void succeeded(const amodesk::AccountSummary &account);
    void failed(const amodesk::ApiError &error);
};

} // namespace amodesk
