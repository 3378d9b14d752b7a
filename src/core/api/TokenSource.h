#pragma once

#include "ApiError.h"

#include <QObject>

namespace amodesk {

// Where the pipeline gets the bearer token, and asks for a new one after a 401.
class TokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    virtual int generation() const = 0; // changes whenever the access token does
    virtual bool canRefresh() const = 0;
    // Starts a refresh unless one is under way (single flight). Ends in refreshed() or refreshFailed().
    virtual void refresh() = 0;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const amodesk::ApiError &error);
};

// A token that cannot be refreshed: long-lived tokens, the demo account.
class FixedToken : public TokenSource
{
    Q_OBJECT
public:
    explicit FixedToken(const QString &token, QObject *parent = nullptr) : TokenSource(parent), m_token(token) {}
    QString accessToken() const override { return m_token; }
    int generation() const override { return 1; }
    bool canRefresh() const override { return false; }
    void refresh() override {}

private:
    QString m_token;
};

} // namespace amodesk
