"""Helpers shared by the test modules."""

from __future__ import annotations

import datetime

from kiota_abstractions.base_request_configuration import RequestConfiguration

import conftest

UTC = datetime.timezone.utc
# The emulator's history ends 2024-06-01T00:00:00Z; this window holds all of it.
START = datetime.datetime(2024, 1, 1, tzinfo=UTC)
END = datetime.datetime(2024, 7, 1, tzinfo=UTC)


def query(builder, **params) -> RequestConfiguration:
    """A request configuration with `builder`'s own GET query parameter class."""
    cls = type(builder)
    qp = getattr(cls, f"{cls.__name__}GetQueryParameters")
    return RequestConfiguration(query_parameters=qp(**params))


class SdkDefect(Exception):
    """The SDK built a request that does not follow its own URL template (see the xfails)."""


def check_function_url(builder) -> None:
    """Function calls with two parameters: the URL template says
    `name(startDateTime={startDateTime},endDateTime={endDateTime})`; check that the URL the
    SDK builds from it keeps the comma before sending it."""
    template = builder.url_template
    url = builder.to_get_request_information().url
    if ",endDateTime=" in template and ",endDateTime=" not in url:
        raise SdkDefect(f"template {template!r} expanded to {url!r}: the ',' is gone")


COMMA_DEFECT = (
    "SDK defect: std-uritemplate 2.0.12, which kiota-abstractions 1.16.0 expands URL templates "
    "with, drops the ',' between a function's two parameters: template "
    "'.../microsoft.graph.identityGovernance.summary(startDateTime={startDateTime},"
    "endDateTime={endDateTime})' is sent (httpx request hook) as 'GET .../runs/"
    "microsoft.graph.identityGovernance.summary(startDateTime=2024-01-01T00%3A00%3A00%2B00%3A00"
    "endDateTime=2024-07-01T00%3A00%3A00%2B00%3A00)'; StdUriTemplate.expand('/x(a={a},b={b})', "
    "{'a':'1','b':'2'}) == '/x(a=1b=2)'. Detected before sending (SdkDefect)."
)


def wire() -> list[str]:
    return conftest.wire_lines()
