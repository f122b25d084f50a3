#!/bin/sh
# Runs the calendar and export suites under machine zones far from Europe/Paris
# (and from each other): results, golden files included, must not change,
# because the machine's zone must never leak into an event's times.
# Usage: sh test/calendar/run-tz.sh   (from the repository root)
set -e
for zone in UTC Pacific/Apia Asia/Kolkata America/St_Johns Pacific/Kiritimati America/Los_Angeles; do
  echo "== TZ=$zone ($(TZ=$zone date +%z))"
  TZ=$zone npx jest test/calendar test/export
done
