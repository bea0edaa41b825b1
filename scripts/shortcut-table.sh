#!/usr/bin/env bash
# Rewrites the shortcut table of docs/user-guide.md from the action catalogue
# (dev.claimdesk.ui.action.ActionCatalogue); ShortcutDocsTest fails while the table is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
java -Djava.awt.headless=true -cp target/classes:target/test-classes dev.claimdesk.ui.ShortcutGuide docs/user-guide.md
