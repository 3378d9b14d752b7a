#!/usr/bin/env bash
# Small files: no source file of the product is over 400 lines. Fails naming each one that is.
set -u
src="$1"
limit=400
count=$(find "$src" -name '*.cpp' | wc -l)
[ "$count" -gt 50 ] || { echo "check-file-sizes: only $count .cpp files under $src: the check is broken" >&2; exit 2; }
over=$(find "$src" -name '*.cpp' -print0 | xargs -0 wc -l | awk -v limit="$limit" '$2 != "total" && $1 > limit')
if [ -n "$over" ]; then
    echo "These files are over $limit lines; split them by what they do:" >&2
    echo "$over" >&2
    exit 1
fi
echo "$count .cpp files under src, none over $limit lines"
