"""Fixtures: the emulator as a child process, and Microsoft's Graph SDK clients pointed at it.

The emulator binary is `target/debug/lcw-emulator` (or `$LCW_EMULATOR_BIN`); it is built with
`cargo build -p lcw-emulator` when missing. Each test module gets its own emulator (fresh data),
started on a free port (`--port 0`) with a random bearer token in `LCW_EMULATOR_TOKEN`.

Every request the SDK sends is recorded (method, URL exactly as the SDK built it, status) by an
httpx event hook on the SDK's own http client; a failing test prints them in a "sdk requests"
section, which is the evidence for emulator bugs and SDK defects alike.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import re
import secrets
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from azure.core.credentials import AccessToken
from kiota_authentication_azure.azure_identity_authentication_provider import (
    AzureIdentityAuthenticationProvider,
)
from msgraph_core import APIVersion, GraphClientFactory

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("LCW_EMULATOR_BIN", REPO / "target" / "debug" / "lcw-emulator"))

# The data set every module gets unless it asks for another: enough runs for many pages.
SEED = 7
DEFAULT_ARGS = {
    "workflows": 3,
    "runs": 40,
    "users": 3,
    "tasks": 3,
    "page-size": 7,
}

# The wire log of the current test: (method, url, status).
WIRE: list[list] = []


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    WIRE.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and WIRE:
        lines = "\n".join(f"{e[0]} {e[1]} -> {e[2]}" for e in WIRE)
        report.sections.append(("sdk requests", lines))


# --- the emulator ---------------------------------------------------------------------------


@dataclass
class Emulator:
    proc: subprocess.Popen
    origin: str  # http://127.0.0.1:PORT
    token: str
    facts: str
    stderr: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: the emulator exits at once
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def ensure_binary() -> Path:
    if not BIN.exists():
        done = subprocess.run(["cargo", "build", "-p", "lcw-emulator"], cwd=REPO)
        if done.returncode != 0 or not BIN.exists():
            pytest.fail(f"cannot build lcw-emulator (cargo exit {done.returncode})", pytrace=False)
    return BIN


def start_emulator(**overrides) -> Emulator:
    args = dict(DEFAULT_ARGS)
    args.update({k.replace("_", "-"): v for k, v in overrides.items()})
    argv = [str(ensure_binary()), "--port", "0", "--seed", str(SEED)]
    for key, value in args.items():
        argv += [f"--{key}", str(value)]
    token = secrets.token_hex(16)
    env = dict(os.environ, LCW_EMULATOR_TOKEN=token)
    env.pop("LCW_EMULATOR_READ_ONLY_TOKEN", None)
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    # It prints "lcw-emulator listening on http://127.0.0.1:PORT" then a line of facts.
    lines: list[str] = []

    def read_two():
        for _ in range(2):
            line = proc.stdout.readline()
            if not line:
                return
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read_two, daemon=True)
    reader.start()
    reader.join(timeout=30)
    match = re.search(r"listening on (http://\S+)", lines[0]) if lines else None
    if not match:
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        pytest.fail(f"lcw-emulator did not start: {argv[1:]!r}: {lines!r} {err}", pytrace=False)
    return Emulator(proc, match.group(1).rstrip("/"), token, lines[1] if len(lines) > 1 else "")


# --- the SDK clients --------------------------------------------------------------------------


class StaticTokenCredential:
    """An `azure.core.credentials.TokenCredential`: hands out the emulator's token."""

    def __init__(self, token: str) -> None:
        self._token = token

    def get_token(self, *scopes, claims=None, tenant_id=None, enable_cae=False, **kwargs):
        return AccessToken(self._token, 4102444800)  # 2100-01-01

    def close(self) -> None:  # part of the protocol
        pass


SDKS = {
    "beta": ("msgraph_beta", APIVersion.beta),
    "v1.0": ("msgraph", APIVersion.v1),
}


class Sdk:
    """One SDK (beta or v1.0) bound to an emulator: the client and model lookup."""

    def __init__(self, api: str, emulator: Emulator) -> None:
        package, api_version = SDKS[api]
        self.api = api
        self.package = package
        self.emulator = emulator
        mod = importlib.import_module(package)
        # Kiota refuses plain http except for localhost names (`LOCALHOST_STRINGS` of the
        # Azure access token provider); `allowed_hosts` is the supported way to say which hosts
        # get the token, so the token is never sent anywhere else.
        auth = AzureIdentityAuthenticationProvider(
            StaticTokenCredential(emulator.token),
            scopes=["http://127.0.0.1/.default"],
            allowed_hosts=["127.0.0.1"],
        )
        http = GraphClientFactory.create_with_default_middleware(api_version=api_version)
        http.event_hooks["request"].append(self._on_request)
        http.event_hooks["response"].append(self._on_response)
        self.http = http
        self.adapter = mod.GraphRequestAdapter(auth, http)
        self.adapter.base_url = f"{emulator.origin}/{api}"
        self.client = mod.GraphServiceClient(request_adapter=self.adapter)

    @staticmethod
    async def _on_request(request):
        line = str(request.url)
        if request.method in ("POST", "PATCH", "PUT"):
            body = request.content.decode("utf-8", "replace")
            line += f" body={body[:400]}{'...' if len(body) > 400 else ''}"
        WIRE.append([request.method, line, None, str(request.url)])

    @staticmethod
    async def _on_response(response):
        request = response.request
        for entry in reversed(WIRE):
            if entry[2] is None and entry[0] == request.method:
                entry[2] = response.status_code
                break

    @property
    def lw(self):
        return self.client.identity_governance.lifecycle_workflows

    def model(self, dotted: str):
        """`model("identity_governance.workflow.Workflow")` from this SDK's models."""
        module, _, name = dotted.rpartition(".")
        return getattr(importlib.import_module(f"{self.package}.generated.models.{module}"), name)

    def module(self, dotted: str):
        return importlib.import_module(f"{self.package}.generated.{dotted}")

    @property
    def ODataError(self):
        return self.model("o_data_errors.o_data_error.ODataError")


@pytest.fixture(scope="session")
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def run(loop):
    """`run(coroutine)`: the SDK is async; every test drives it on one event loop."""
    return loop.run_until_complete


def _sdk_fixture(api: str, module):
    emu = start_emulator(**getattr(module, "EMULATOR_ARGS", {}))
    return Sdk(api, emu)


@pytest.fixture(scope="module", params=["beta", "v1.0"])
def sdk(request, loop):
    """Each module's tests run once with msgraph-beta-sdk and once with msgraph-sdk, each SDK
    against its own emulator (fresh data: writes by one do not leak into the other)."""
    s = _sdk_fixture(request.param, request.module)
    yield s
    loop.run_until_complete(s.http.aclose())
    s.emulator.stop()


def wire_lines() -> list[str]:
    return [f"{e[0]} {e[1]} -> {e[2]}" for e in WIRE]
