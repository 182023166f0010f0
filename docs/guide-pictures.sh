#!/bin/sh
# Makes the user guides' pictures again (docs/images/journeys/<language>/), from the
# screenshots the journey tests take in English, Spanish and French; run from anywhere.
# Needs what the tests need (PostgreSQL, Debian's chromium, chromium-driver and chromium-l10n;
# see README).
set -e
cd "$(dirname "$0")/.."
rm -rf docs/images/journeys
./mvnw -q verify -Dtest='org/parley/journeys/*JourneyTest' -Dsurefire.failIfNoSpecifiedTests=false \
	-Dparley.dependency-report.phase=none -Dparley.docs.write=true "$@"
du -sh docs/images/journeys
