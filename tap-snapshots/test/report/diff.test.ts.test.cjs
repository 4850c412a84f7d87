/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/diff.test.ts > TAP > formatDiff summary > must match snapshot 1`] = `
old: 2025-03-14 09:26:53 UTC  NOT READY  (SCP01, edition current)
new: 2025-03-15 10:00:00 UTC  NOT READY  (SCP01, edition current)

Regressed (1):
  umwatsonc.events.data.microsoft.com:443: PASS → FAIL CONNECT_RESET  The connection to umwatsonc.events.data.microsoft.com:443 was reset by the IPS.

Fixed (3):
  *.manage.microsoft.com → configmgrbits.cdn.manage.microsoft.com:443: FAIL PROXY_DENIED → PASS  HTTPS 200 from configmgrbits.cdn.manage.microsoft.com:443.
  definitionupdates.microsoft.com:443: FAIL CONNECT_TIMEOUT → PASS  HTTPS 200 from definitionupdates.microsoft.com:443.
  rule SCP-DOTNET-TLS12: FAIL → PASS  Both values are 1.

Changed (1):
  download.windowsupdate.com:443: FAIL CONNECT_REFUSED → FAIL CONNECT_TIMEOUT  TCP connect timed out.

New (1):
  management.usgovcloudapi.net:443: FAIL DNS_NXDOMAIN

Removed (1):
  management.azure.com:443: FAIL PROXY_UPSTREAM_FAILED

Unchanged: 11
Result: 1 regression.

`
