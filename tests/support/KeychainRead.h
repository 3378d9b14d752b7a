#pragma once

#include "auth/SecretVault.h"

#include <QDeadlineTimer>
#include <QTest>
#include <optional>

namespace testing {

// What a vault holds under a key, waited for (the keychain answers asynchronously).
inline std::optional<QString> readSecret(amodesk::SecretVault &vault, const QString &key)
{
    std::optional<QString> out;
    bool done = false;
    vault.read(key, [&](std::optional<QString> v, const QString &) { out = v; done = true; });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return out;
}

} // namespace testing
