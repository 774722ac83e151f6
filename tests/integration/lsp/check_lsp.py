#!/usr/bin/env python3
"""GradGen in an editor, checked through a real C# language server (csharp-ls) over the Language Server Protocol.

    check_lsp.py SERVER PROJECT_DIR [--timeout SECONDS] [--log FILE]

SERVER is the csharp-ls executable; PROJECT_DIR a restored project that references the packed GradGen and holds
the files of tests/integration/projects/Editor. The script speaks LSP to the server as an editor does (Python 3
standard library only) and checks:

  completion   after `Functions.`, the members GradGen generated for F are offered;
  hover        on a generated member, its XML documentation is shown;
  diagnostics  GradGen's GG0001 on a type that is not partial (reported by GradGen's analyzer);
  code fix     the light bulb on GG0001 offers GradGen's "Make the containing types partial".

Completion and hover must work. Diagnostics and code fixes from a package's analyzers depend on the server:
KNOWN_SUPPORT below records what csharp-ls does. A check the record says is supported must pass; one it says is
not is reported as NOT SUPPORTED with what the server did instead (never skipped silently), and if it starts to
pass, the script fails so that the record gets updated. Exit code 0 when everything matches.
"""

import argparse
import json
import os
import pathlib
import queue
import subprocess
import sys
import threading
import time

# What csharp-ls 0.28.0 does (see the README's CI section): True = must work, False = recorded as unsupported.
# Code fixes: csharp-ls offers only the code fix providers of its own Roslyn assemblies, for the compiler's
# diagnostics (Handlers/CodeAction.fs instantiates CodeFixProvider types found in Microsoft.CodeAnalysis.*Features),
# so no package's code fix reaches the light bulb, GradGen's included.
KNOWN_SUPPORT = {
    "diagnostics": True,
    "code fix": False,
}

# The client's `csharp` settings: csharp-ls runs a project's analyzers only when asked to (since 0.24.0).
CSHARP_SETTINGS = {"analyzersEnabled": True}

GENERATED_MEMBERS = ["FForwardDiff", "FCenteredDiff", "FGradient", "FValueAndGradient", "FDirectionalDerivative", "FCheckGradient"]
GRADIENT_DOC = "Computes the exact gradient of"
FIX_TITLE = "Make the containing types partial"


class Server:
    """A language server child process, with JSON-RPC framing on its stdin and stdout."""

    def __init__(self, command, cwd, log):
        self.log = log
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.next_id = 1
        self.responses = {}
        self.notifications = queue.Queue()
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _write(self, message):
        body = json.dumps(message).encode("utf-8")
        self.log.write(f"--> {body.decode('utf-8')[:2000]}\n")
        self.log.flush()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self.lock:
                        self.lock.notify_all()
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            message = json.loads(stream.read(length).decode("utf-8"))
            self.log.write(f"<-- {json.dumps(message)[:2000]}\n")
            self.log.flush()
            if "id" in message and "method" in message:
                self._answer(message)
            elif "id" in message:
                with self.lock:
                    self.responses[message["id"]] = message
                    self.lock.notify_all()
            else:
                self.notifications.put(message)

    def _drain_stderr(self):
        for line in self.process.stderr:
            self.log.write(f"[stderr] {line.decode('utf-8', 'replace')}")
            self.log.flush()

    def _answer(self, request):
        """Requests from the server: the `csharp` settings turn analyzers on (csharp-ls leaves them off by default,
        as an editor's user would turn them on); anything else gets an empty success."""
        method = request["method"]
        if method == "workspace/configuration":
            result = [CSHARP_SETTINGS if item.get("section") == "csharp" else None
                      for item in request.get("params", {}).get("items", [])]
        else:
            result = None
        self._write({"jsonrpc": "2.0", "id": request["id"], "result": result})

    def notify(self, method, params):
        self._write({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout):
        request_id = self.next_id
        self.next_id += 1
        self._write({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self.lock:
            while request_id not in self.responses:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    raise TimeoutError(f"no answer to {method} within {timeout:.0f} s"
                                       + (f" (server exited with {self.process.returncode})" if self.process.poll() is not None else ""))
                self.lock.wait(min(remaining, 1.0))
            response = self.responses.pop(request_id)
        if "error" in response:
            raise RuntimeError(f"{method} failed: {response['error']}")
        return response.get("result")

    def stop(self):
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def uri(path):
    return pathlib.Path(path).resolve().as_uri()


def position_of(text, needle, offset=0):
    """The LSP position (0-based line and UTF-16 column) of needle's first occurrence, plus offset characters."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return {"line": line, "character": column}


def labels(completion):
    items = completion.get("items", []) if isinstance(completion, dict) else (completion or [])
    return [item.get("label", "") for item in items]


def hover_text(hover):
    if not hover:
        return ""
    contents = hover.get("contents")
    if isinstance(contents, dict):
        return contents.get("value", "")
    if isinstance(contents, list):
        return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)
    return contents or ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("project")
    parser.add_argument("--timeout", type=float, default=240, help="for the whole check, in seconds")
    parser.add_argument("--log", default=None, help="the LSP traffic and the server's stderr")
    args = parser.parse_args()

    project = pathlib.Path(args.project).resolve()
    log = open(args.log or os.devnull, "w", encoding="utf-8")
    deadline = time.monotonic() + args.timeout
    results = []

    def left():
        return max(1.0, deadline - time.monotonic())

    def record(status, check, detail):
        results.append((status, check, detail))
        print(f"  {status:<14} {check}: {detail}", flush=True)

    server = Server([args.server, "--loglevel", "info"], cwd=str(project), log=log)
    try:
        initialize = server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": uri(project),
            "rootPath": str(project),
            "workspaceFolders": [{"uri": uri(project), "name": project.name}],
            "capabilities": {
                "workspace": {"configuration": True, "workspaceFolders": True},
                "window": {"workDoneProgress": True},
                "textDocument": {
                    "synchronization": {"didSave": True},
                    "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "publishDiagnostics": {},
                    "diagnostic": {},
                    "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
                        "", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source"]}}},
                },
            },
        }, timeout=left())
        capabilities = initialize.get("capabilities", {})
        server_info = initialize.get("serverInfo", {})
        print(f"  server: {server_info.get('name', '?')} {server_info.get('version', '?')}", flush=True)
        server.notify("initialized", {})

        texts = {name: (project / name).read_text(encoding="utf-8") for name in ("Program.cs", "Functions.cs", "Mistakes.cs")}
        for name, text in texts.items():
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri(project / name), "languageId": "csharp", "version": 1, "text": text}})

        # Completion: type `Functions.` on a new last line of Program.cs, as a user would.
        program = texts["Program.cs"] + "Functions."
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri(project / "Program.cs"), "version": 2},
            "contentChanges": [{"text": program}]})
        at = {"line": program.count("\n"), "character": len("Functions.")}
        seen = []
        completion_deadline = deadline - 60  # leave time for the other checks when completion never succeeds
        while time.monotonic() < completion_deadline:
            seen = labels(server.request("textDocument/completion", {
                "textDocument": {"uri": uri(project / "Program.cs")}, "position": at,
                "context": {"triggerKind": 2, "triggerCharacter": "."}}, timeout=left()))
            if all(m in seen for m in GENERATED_MEMBERS):
                break
            time.sleep(2)  # the server is still loading the project
        missing = [m for m in GENERATED_MEMBERS if m not in seen]
        if missing:
            record("FAIL", "completion", f"after 'Functions.' missing {missing}; offered {sorted(seen)[:40]}")
        else:
            record("PASS", "completion", f"after 'Functions.' the generated {', '.join(GENERATED_MEMBERS)} are offered")

        # Hover on FGradient in `Functions.FGradient(3.0, 4.0)`.
        hover = hover_text(server.request("textDocument/hover", {
            "textDocument": {"uri": uri(project / "Program.cs")},
            "position": position_of(program, "FGradient", 2)}, timeout=left()))
        if GRADIENT_DOC in hover:
            record("PASS", "hover", f"FGradient shows its XML documentation ('{GRADIENT_DOC} ...')")
        else:
            record("FAIL", "hover", f"FGradient's hover lacks '{GRADIENT_DOC}': {hover[:300]!r}")

        # Diagnostics: pulled where the server offers it, else pushed; compiler ones show that the channel works.
        mistakes_uri = uri(project / "Mistakes.cs")
        diagnostics, program_diagnostics = [], []
        wait_until = min(deadline, time.monotonic() + 60)
        while time.monotonic() < wait_until:
            if capabilities.get("diagnosticProvider"):
                report = server.request("textDocument/diagnostic", {"textDocument": {"uri": mistakes_uri}}, timeout=left())
                diagnostics = (report or {}).get("items", [])
                report = server.request("textDocument/diagnostic", {"textDocument": {"uri": uri(project / "Program.cs")}}, timeout=left())
                program_diagnostics = (report or {}).get("items", [])
            try:
                while True:
                    note = server.notifications.get_nowait()
                    if note.get("method") == "textDocument/publishDiagnostics":
                        if note["params"]["uri"] == mistakes_uri:
                            diagnostics = note["params"]["diagnostics"]
                        elif note["params"]["uri"] == uri(project / "Program.cs"):
                            program_diagnostics = note["params"]["diagnostics"]
            except queue.Empty:
                pass
            if any(d.get("code") == "GG0001" for d in diagnostics) and program_diagnostics:
                break
            time.sleep(2)
        gg0001 = [d for d in diagnostics if d.get("code") == "GG0001"]
        codes = sorted({str(d.get("code")) for d in diagnostics + program_diagnostics})
        square_line = position_of(texts["Mistakes.cs"], "Square")["line"]
        misplaced = [d["range"]["start"] for d in gg0001 if d["range"]["start"]["line"] != square_line]
        if misplaced:
            record("FAIL", "diagnostics", f"GG0001 reported at {misplaced}, not on line {square_line + 1} (NotPartial.Square)")
        expect_check(record, "diagnostics", bool(gg0001) and not misplaced,
                     f"GG0001 reported on NotPartial.Square (line {square_line + 1}): {gg0001[0].get('message', '')[:90]}" if gg0001 else
                     f"no GG0001 on Mistakes.cs; the server reported {codes or 'no diagnostics'} "
                     f"({'pull' if capabilities.get('diagnosticProvider') else 'push'} diagnostics)")

        # The code fix: ask for code actions where GG0001 is (or would be) reported.
        mistakes = texts["Mistakes.cs"]
        start = gg0001[0]["range"] if gg0001 else {
            "start": position_of(mistakes, "Square"), "end": position_of(mistakes, "Square", len("Square"))}
        actions = server.request("textDocument/codeAction", {
            "textDocument": {"uri": mistakes_uri}, "range": start,
            "context": {"diagnostics": gg0001}}, timeout=left()) or []
        titles = [a.get("title", "") for a in actions]
        expect_check(record, "code fix", FIX_TITLE in titles,
                     f"'{FIX_TITLE}' offered" if FIX_TITLE in titles else
                     f"'{FIX_TITLE}' not offered; the server offered {titles or 'no code actions'}")
    except Exception as error:  # a protocol failure or a timeout: say what happened, with the log's place
        record("FAIL", "language server", f"{type(error).__name__}: {error}")
    finally:
        server.stop()
        log.close()

    failed = [r for r in results if r[0] == "FAIL"]
    if args.log:
        print(f"  LSP traffic and server output: {args.log}")
    return 1 if failed else 0


def expect_check(record, check, passed, detail):
    known = KNOWN_SUPPORT[check]
    if passed and known is not False:
        record("PASS", check, detail)
    elif passed:
        record("FAIL", check, f"now works ({detail}): update KNOWN_SUPPORT and the README")
    elif known is False:
        record("NOT SUPPORTED", check, f"recorded for csharp-ls: {detail}")
    else:
        record("FAIL", check, detail)


if __name__ == "__main__":
    sys.exit(main())
