#!/usr/bin/env bash
# The app and the models speak neither HTTP nor raw JSON text: paths, replies and parsing are
# core's (services/ApiEndpoints.h, domain/JsonText.h). Fails naming each line that does.
set -u
src="$1"
pattern='/api/v4|QNetworkReply|QJsonDocument::fromJson'
# The check itself must see what it looks for: core has all three.
for needle in /api/v4 QNetworkReply 'QJsonDocument::fromJson'; do
    grep -rqF -- "$needle" "$src/core" || { echo "check-upper-layers: \"$needle\" not found in core: the check is broken" >&2; exit 2; }
done
if found=$(grep -rnE -- "$pattern" "$src/app" "$src/models"); then
    echo "The app and models must leave HTTP paths, replies and JSON parsing to core:" >&2
    echo "$found" >&2
    exit 1
fi
echo "src/app and src/models: no /api/v4, QNetworkReply or QJsonDocument::fromJson"
