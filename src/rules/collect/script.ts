import PLAN_SCHEMA from '../plan/plan-schema.cjs';
import { PLAN_SKELETON } from './plan-skeleton.js';
import { SCHANNEL_SECTIONS } from '../../evidence/parse-schannel.js';

/** File names the script writes (and the plan skeleton refers to). */
export const COLLECT_FILES = {
  adminsJson: 'administrators.json',
  adminsText: 'administrators.txt',
  winhttp: 'winhttp.txt',
  dotnetTls: 'dotnet-tls.txt',
  rootStore: 'root-store.json',
  schannel: 'schannel.txt',
  plan: 'plan.yaml',
  planSchema: 'plan.schema.json',
} as const;

/**
 * The evidence collection script for the SCP host: Windows PowerShell 5.1 compatible (also PowerShell 7), read-only,
 * ASCII only. It writes UTF-8 (no BOM) files into -OutDir:
 * - local Administrators looked up by SID S-1-5-32-544 (the name is localized: Administratoren, Administrateurs)
 *   with Get-LocalGroupMember, falling back to `net localgroup <localized name>` when the cmdlet is missing (32-bit
 *   PowerShell) or fails on unresolvable SIDs ("Failed to compare two elements in the array");
 * - `netsh winhttp show proxy`;
 * - `reg query` of `.NETFramework\v4.0.30319` under SOFTWARE and SOFTWARE\Wow6432Node, explicitly and with /reg:64,
 *   so a 32-bit PowerShell is not redirected and the output names each view's key;
 * - the machine root stores (`Cert:\LocalMachine\Root` and `AuthRoot`: SHA-1 thumbprint, SHA-256 of the DER, subject)
 *   and the `DisableRootAutoUpdate` policy, as root-store.json (SCP-ROOT-STORE);
 * - schannel.txt: the Windows build, the "SSL Cipher Suite Order" policy key (`SSL\00010002`: Functions, EccCurves),
 *   `Get-TlsCipherSuite` (Windows 10 1607 / Server 2016 and later) and `SCHANNEL\Protocols` with `/s`, each under
 *   a section header parse-schannel.ts knows; the TLS client profile then becomes this host's real configuration;
 * - plan.yaml, a plan skeleton with `evidence:` filled in, and plan.schema.json beside it, which the skeleton's
 *   `# yaml-language-server: $schema=` line names, so an editor (VS Code with the YAML extension) checks the plan
 *   as the admin fills it in, offline.
 */
// The template is the PowerShell script byte for byte: wrapping one of its lines would change the script.
/* eslint-disable max-len -- the PowerShell script's own lines, byte for byte (above) */
export function collectScript(): string {
  return `<#
.SYNOPSIS
  Collects scp-preflight evidence on the computer that will host the Configuration Manager service connection point.
.DESCRIPTION
  Read-only; no elevation needed. Writes UTF-8 files into -OutDir: ${COLLECT_FILES.adminsJson} (or ${COLLECT_FILES.adminsText}),
  ${COLLECT_FILES.winhttp}, ${COLLECT_FILES.dotnetTls}, ${COLLECT_FILES.rootStore}, ${COLLECT_FILES.schannel} and ${COLLECT_FILES.plan}
  (a site plan skeleton with evidence: filled in, and ${COLLECT_FILES.planSchema}, which editors check it with).
  Copy the folder to the machine that runs scp-preflight, fill in the TODOs in ${COLLECT_FILES.plan}, then run:
    scp-preflight check --plan ${COLLECT_FILES.plan}
.EXAMPLE
  powershell.exe -NoProfile -ExecutionPolicy Bypass -File collect.ps1 -OutDir C:\\Temp\\scp-evidence
#>
[CmdletBinding()]
param([string]$OutDir = (Join-Path (Get-Location).Path 'scp-evidence'))

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
$utf8 = New-Object System.Text.UTF8Encoding($false)
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
# .NET resolves relative paths against the process directory, not PowerShell's location: use the full path.
$OutDir = (Resolve-Path -LiteralPath $OutDir).Path

function Write-Evidence([string]$Name, [string]$Text) {
  $path = Join-Path $OutDir $Name
  [System.IO.File]::WriteAllText($path, $Text, $utf8)
  Write-Host "wrote $path"
}

# Runs a console program and returns its output as text. Windows PowerShell 5.1 turns stderr lines into
# errors that 'Stop' would throw, so the preference is relaxed for the call and the exit code is returned.
function Invoke-Native([string]$Exe, [string[]]$Arguments) {
  $previous = $ErrorActionPreference
  $ErrorActionPreference = 'Continue'
  try {
    $lines = @(& $Exe @Arguments 2>&1 | ForEach-Object { "$_" })
    $code = $LASTEXITCODE
  } finally {
    $ErrorActionPreference = $previous
  }
  New-Object PSObject -Property @{ Text = (($lines -join "\`r\`n") + "\`r\`n"); ExitCode = $code }
}

# 1. Local Administrators, found by its well-known SID because its name is localized.
$adminSid = New-Object System.Security.Principal.SecurityIdentifier('S-1-5-32-544')
$adminFile = '${COLLECT_FILES.adminsJson}'
try {
  $members = @(Get-LocalGroupMember -SID $adminSid -ErrorAction Stop |
    Select-Object Name, @{ n = 'SID'; e = { $_.SID.Value } }, @{ n = 'PrincipalSource'; e = { [string]$_.PrincipalSource } }, @{ n = 'ObjectClass'; e = { [string]$_.ObjectClass } })
  Write-Evidence $adminFile (ConvertTo-Json -InputObject $members -Depth 3)
} catch {
  Write-Warning "Get-LocalGroupMember failed ($($_.Exception.Message)); using net localgroup instead."
  $groupName = $adminSid.Translate([System.Security.Principal.NTAccount]).Value.Split('\\')[-1]
  $net = Invoke-Native 'net.exe' @('localgroup', $groupName)
  if ($net.ExitCode -ne 0) { throw "net localgroup ""$groupName"" failed (exit code $($net.ExitCode)): $($net.Text)" }
  $adminFile = '${COLLECT_FILES.adminsText}'
  Write-Evidence $adminFile $net.Text
}

# 2. The machine-wide WinHTTP proxy (a separate setting from the site system proxy).
$winhttp = Invoke-Native 'netsh.exe' @('winhttp', 'show', 'proxy')
if ($winhttp.ExitCode -ne 0) { throw "netsh winhttp show proxy failed (exit code $($winhttp.ExitCode)): $($winhttp.Text)" }
Write-Evidence '${COLLECT_FILES.winhttp}' $winhttp.Text

# 3. .NET Framework TLS settings in the 64-bit and the 32-bit (Wow6432Node) registry views.
$tls = New-Object System.Text.StringBuilder
foreach ($key in @('HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319')) {
  $reg = Invoke-Native 'reg.exe' @('query', $key, '/reg:64')
  if ($reg.ExitCode -eq 0) { [void]$tls.Append($reg.Text) }
  else { [void]$tls.Append("ERROR: $key was not found (reg.exe exit code $($reg.ExitCode))\`r\`n") }
}
Write-Evidence '${COLLECT_FILES.dotnetTls}' $tls.ToString()

# 4. The machine root stores and the automatic root update policy. Trusted Root (Root) and Third-Party Root
#    (AuthRoot, where automatic root update installs) together are what the chain engine trusts for LocalSystem.
$sha = [System.Security.Cryptography.SHA256]::Create()
$roots = @()
foreach ($storeName in @('Root', 'AuthRoot')) {
  foreach ($cert in @(Get-ChildItem -Path ('Cert:\\LocalMachine\\' + $storeName))) {
    $hash = [System.BitConverter]::ToString($sha.ComputeHash($cert.RawData)).Replace('-', '')
    $roots += New-Object PSObject -Property @{ store = $storeName; thumbprint = $cert.Thumbprint; sha256 = $hash; subject = $cert.Subject }
  }
}
$policy = $null
$policyKey = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot'
if (Test-Path -LiteralPath $policyKey) {
  $item = Get-ItemProperty -LiteralPath $policyKey
  if ($item.PSObject.Properties['DisableRootAutoUpdate']) { $policy = [int]$item.DisableRootAutoUpdate }
}
$rootStore = New-Object PSObject -Property @{ disableRootAutoUpdate = $policy; roots = $roots }
Write-Evidence '${COLLECT_FILES.rootStore}' (ConvertTo-Json -InputObject $rootStore -Depth 4)
# 5. Schannel as a client: the build, the cipher suite order policy, the cmdlet's list, the protocol keys.
$sch = New-Object System.Text.StringBuilder
[void]$sch.Append("${SCHANNEL_SECTIONS.build}\`r\`n$([Environment]::OSVersion.Version.Build)\`r\`n")
[void]$sch.Append("${SCHANNEL_SECTIONS.policy}\`r\`n")
$policy = Invoke-Native 'reg.exe' @('query', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002', '/reg:64')
[void]$sch.Append($policy.Text)
[void]$sch.Append("${SCHANNEL_SECTIONS.cmdlet}\`r\`n")
if (Get-Command Get-TlsCipherSuite -ErrorAction SilentlyContinue) {
  foreach ($suite in @(Get-TlsCipherSuite)) { [void]$sch.Append("$($suite.Name)\`r\`n") }
} else {
  [void]$sch.Append("ERROR: Get-TlsCipherSuite is not available (Windows 10 1607 / Server 2016 and later)\`r\`n")
}
[void]$sch.Append("${SCHANNEL_SECTIONS.protocols}\`r\`n")
$protocols = Invoke-Native 'reg.exe' @('query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols', '/s', '/reg:64')
[void]$sch.Append($protocols.Text)
Write-Evidence '${COLLECT_FILES.schannel}' $sch.ToString()

# 6. A plan skeleton with evidence: filled in.
$cs = Get-CimInstance -ClassName Win32_ComputerSystem
$fqdn = if ($cs.PartOfDomain) { "$($cs.DNSHostName).$($cs.Domain)" } else { [string]$cs.DNSHostName }
$domain = 'null'
if ($cs.PartOfDomain) { $domain = if ($env:USERDOMAIN -and $env:USERDOMAIN -ne $env:COMPUTERNAME) { $env:USERDOMAIN } else { $cs.Domain } }
$skeleton = @'
${PLAN_SKELETON.replace(/\n$/, '')}
'@
$plan = $skeleton.Replace('{{SCP_FQDN}}', $fqdn.ToLowerInvariant()).Replace('{{DOMAIN}}', $domain).Replace('{{ADMIN_FILE}}', $adminFile).Replace('{{COLLECTED_AT}}', (Get-Date).ToString('yyyy-MM-dd HH:mm:ss zzz'))
Write-Evidence '${COLLECT_FILES.plan}' (($plan -split "\`r?\`n") -join "\`r\`n")
$schema = @'
${JSON.stringify(PLAN_SCHEMA, null, 2)}
'@
Write-Evidence '${COLLECT_FILES.planSchema}' $schema

Write-Host ''
Write-Host "Done. Copy $OutDir to the machine that runs scp-preflight, fill in the TODOs in ${COLLECT_FILES.plan}, then run:"
Write-Host "  scp-preflight check --plan ${COLLECT_FILES.plan}"
`;
}
/* eslint-enable max-len */
