#!/usr/bin/env bash
# Tries the GradGen package as a new user would: packs it into a folder, then restores fresh projects from that
# folder (GradGen) and the machine's usual package source (everything else) into a package cache of their own,
# builds them with warnings as errors and runs them.
#
#   tests/integration/run.sh            # exit code 0 when every project passes
#   KEEP=1 tests/integration/run.sh     # keep the work folder for inspection
#
# The projects live in tests/integration/projects and are copied out of the repository first, so that the
# repository's Directory.Build.props and central package versions do not apply to them, as they would not to a user.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/gradgen-integration.XXXXXX")"
if [[ "${KEEP:-0}" != "1" ]]; then
  trap 'rm -rf "$work"' EXIT
fi

export NUGET_PACKAGES="$work/packages"
CSHARP_LS_VERSION=0.28.0
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

declare -a results=()
failed=0
log_dir="$work/logs"
mkdir -p "$log_dir"

pass() { results+=("PASS  $1"); }
fail() { results+=("FAIL  $1: $2 (log: $3)"); failed=1; echo "---- $1 failed: $2; last lines of $3:"; tail -n 40 "$3"; }

summary() {
  echo
  echo "GradGen integration tests (work folder: $work)"
  printf '  %s\n' "${results[@]}"
  if [[ $failed -eq 0 ]]; then echo "All passed."; else echo "Some FAILED."; fi
  exit $failed
}

echo "== Packing GradGen"
if ! dotnet pack "$root/src/GradGen" -c Release -o "$work/feed" >"$log_dir/pack.log" 2>&1; then
  fail "pack" "dotnet pack failed" "$log_dir/pack.log"
  summary
fi
package="$(ls "$work"/feed/GradGen.*.nupkg)"
version="$(basename "$package" .nupkg)"
version="${version#GradGen.}"
pass "pack GradGen $version"

# Keeps the machine's package sources (none is cleared) and adds the packed folder; source mapping makes GradGen
# come from that folder only. "nuget.org" is the key of the default source in the SDK's default NuGet.Config.
cat >"$work/NuGet.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="gradgen-local" value="$work/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="gradgen-local">
      <package pattern="GradGen" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
cp -r "$root/tests/integration/projects/." "$work/"

# add_package NAME [ARGS...]: installs GradGen into the project as the README says.
add_package() {
  local name="$1"; shift
  (cd "$work/$name" && dotnet add package GradGen "$@") >"$log_dir/$name.add.log" 2>&1
}

# build_and_run NAME RUN [ADD_ARGS...]: installs GradGen, builds with every warning an error, runs when RUN is 1.
build_and_run() {
  local name="$1" run="$2"; shift 2
  local log="$log_dir/$name.log"
  echo "== $name"
  if ! add_package "$name" "$@"; then fail "$name" "dotnet add package GradGen $* failed" "$log_dir/$name.add.log"; return 1; fi
  if ! dotnet build "$work/$name" -warnaserror >"$log" 2>&1; then fail "$name" "build failed" "$log"; return 1; fi
  if grep -qE ': warning [A-Z]+[0-9]+' "$log"; then fail "$name" "build warned" "$log"; return 1; fi
  if [[ "$run" == "1" ]]; then
    if ! dotnet run --project "$work/$name" --no-build >>"$log" 2>&1; then fail "$name" "run failed" "$log"; return 1; fi
    sed -n '/^\(ok\|FAIL\)/p' "$log" | sed 's/^/   /'
  fi
}

# (a) The README's install command, word for word, in a strict net10.0 console app; the generated files it says
# EmitCompilerGeneratedFiles writes must be there.
if build_and_run Quickstart 1; then
  if ls "$work"/Quickstart/obj/Debug/net10.0/generated/GradGen/GradGen.DifferentiableGenerator/Quickstart.Functions.F.g.cs >/dev/null 2>&1; then
    pass "Quickstart (net10.0 console, nullable, warnings as errors, XML docs, GradGenDefaultStep, README install)"
  else
    fail "Quickstart" "EmitCompilerGeneratedFiles wrote no generated file" "$log_dir/Quickstart.log"
  fi
fi

# (b) The oldest supported consumer; (c) nullable off; (d) the newest language version.
build_and_run Legacy73 0 --version "$version" && pass "Legacy73 (netstandard2.0 library, C# 7.3, warnings as errors)"
build_and_run NullableOff 1 --version "$version" && pass "NullableOff (Nullable disable, warnings as errors)"
build_and_run LatestLanguage 1 --version "$version" && pass "LatestLanguage (LangVersion latest, records, generic nesting)"

# (e) Mistakes are reported from the package: the build must fail with exactly these diagnostics.
echo "== Diagnostics"
diagnostics_log="$log_dir/Diagnostics.log"
if ! add_package Diagnostics --version "$version"; then
  fail "Diagnostics" "dotnet add package failed" "$log_dir/Diagnostics.add.log"
elif dotnet build "$work/Diagnostics" >"$diagnostics_log" 2>&1; then
  fail "Diagnostics" "the build succeeded but should report GradGen errors" "$diagnostics_log"
else
  missing=""
  for id in GG0001 GG0003 GG0006 GG0010; do
    grep -q "error $id" "$diagnostics_log" || missing="$missing $id"
  done
  if [[ -n "$missing" ]]; then fail "Diagnostics" "missing$missing" "$diagnostics_log"; else pass "Diagnostics (GG0001, GG0003, GG0006, GG0010 reported)"; fi
fi

# (f) The package's code fixes, applied as the editor would but from the command line: afterwards it must build.
# dotnet format applies one diagnostic id per run correctly (later ids see the spans of the first run), hence the loop.
echo "== CodeFixes"
codefix_log="$log_dir/CodeFixes.log"
if ! add_package CodeFixes --version "$version"; then
  fail "CodeFixes" "dotnet add package failed" "$log_dir/CodeFixes.add.log"
else
  for id in GG0001 GG0003 GG0004 GG0006; do
    dotnet format analyzers "$work/CodeFixes" --diagnostics "$id" --severity error >>"$codefix_log" 2>&1
  done
  if ! dotnet build "$work/CodeFixes" -warnaserror >>"$codefix_log" 2>&1; then
    fail "CodeFixes" "the project still fails after dotnet format applied the code fixes" "$codefix_log"
  else
    pass "CodeFixes (dotnet format applied the fixes for GG0001, GG0003, GG0004, GG0006; then it builds)"
  fi
fi

# (g) The editor: a real C# language server (csharp-ls, installed as a dotnet tool into the work folder) opens a fresh
# project that uses the package; tests/integration/lsp/check_lsp.py speaks LSP to it as an editor does: completion
# lists the generated members, hover shows their XML docs, GradGen's analyzer reports GG0001; it prints what the
# server does not support (GradGen's code fixes) instead of skipping it.
echo "== Editor (csharp-ls $CSHARP_LS_VERSION over LSP)"
editor_log="$log_dir/Editor.log"
if ! add_package Editor --version "$version"; then
  fail "Editor" "dotnet add package failed" "$log_dir/Editor.add.log"
elif ! (cd "$work" && timeout 300 dotnet tool install --tool-path "$work/tools" csharp-ls --version "$CSHARP_LS_VERSION") >"$log_dir/csharp-ls.install.log" 2>&1; then
  fail "Editor" "dotnet tool install csharp-ls $CSHARP_LS_VERSION failed" "$log_dir/csharp-ls.install.log"
else
  timeout 330 python3 "$root/tests/integration/lsp/check_lsp.py" "$work/tools/csharp-ls" "$work/Editor" \
    --timeout 240 --log "$log_dir/Editor.lsp.log" >"$editor_log" 2>&1
  lsp_status=$?
  sed 's/^/ /' "$editor_log"
  if [[ $lsp_status -eq 0 ]]; then
    pass "Editor (csharp-ls $CSHARP_LS_VERSION: completion, hover and GG0001 work; code fixes recorded as not supported by the server)"
  else
    fail "Editor" "the LSP check failed (exit $lsp_status; LSP traffic in $log_dir/Editor.lsp.log)" "$editor_log"
  fi
fi

summary
