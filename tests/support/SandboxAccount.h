#pragma once

#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"

#include <QSignalSpy>
#include <memory>

namespace testing {

// A sandbox with the client's pipeline on it and the account's names loaded: what the pane
// tests start from. For test programs that link amodesk_core.
struct SandboxAccount {
    SandboxProcess sandbox;
    std::unique_ptr<amodesk::FixedToken> token;
    std::unique_ptr<amodesk::ApiClient> api;
    std::unique_ptr<amodesk::AccountDirectory> directory;

    // Starts the sandbox with these arguments and loads the names in English; false with the
    // reason in *error.
    bool open(const QStringList &arguments, QString *error)
    {
        if (!sandbox.start(arguments)) {
            *error = sandbox.errorText();
            return false;
        }
        token = std::make_unique<amodesk::FixedToken>(sandbox.token());
        api = std::make_unique<amodesk::ApiClient>(QUrl(sandbox.baseUrl()), token.get());
        api->setRateLimit(50);
        directory = std::make_unique<amodesk::AccountDirectory>(api.get());
        QSignalSpy loaded(directory.get(), &amodesk::AccountDirectory::loaded);
        directory->load(QStringLiteral("en"));
        if (!loaded.wait(20000)) {
            *error = QStringLiteral("the account's names did not load");
            return false;
        }
        return true;
    }

    // The account as the panes take it, keeping its files under this id (none when empty).
    std::unique_ptr<amodesk::AccountContext> context(const QString &accountId) const
    {
        return std::make_unique<amodesk::AccountContext>(api.get(), directory.get(), sandbox.baseUrl(), accountId);
    }
};

} // namespace testing
