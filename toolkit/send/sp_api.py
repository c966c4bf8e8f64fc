"""Sending through Amazon's Selling Partner API: Login with Amazon, the order's actions, the
Uploads API, and the message operation, each within its usage plan.

A plain httpx client: python-amazon-sp-api wraps the same calls, but signs and routes them for
Amazon's hosts only, and the tests (and a seller trying the sandbox) need to point every call,
the token one included, at an endpoint of their choosing (README, "Sending").
"""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

import httpx

from toolkit.errors import InputError
from toolkit.operations import SpApi, UsagePlan
from toolkit.send.base import read_eml, read_report
from toolkit.send.ledger import Outgoing
from toolkit.send.requests import SpApiRequest, Upload, content_md5, request_from_json
from toolkit.send.retry import Backoff, Fatal, Permanent, Temporary, with_retries
from toolkit.send.smtp import is_loopback

TOKEN_MARGIN = 60.0  # seconds: a token this close to its expiry is renewed first
USER_AGENT = "bsm-toolkit (Language=Python)"


@dataclass(frozen=True)
class SpApiSettings:
    """The seller's Selling Partner API credentials and endpoints."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    endpoint: str | None = None  # None: the marketplace's regional endpoint
    lwa_endpoint: str | None = None  # None: Amazon's (data/sp_api.toml)
    timeout: float = 30.0


def checked_url(url: str, what: str) -> str:
    """https, or plain http to this machine only (a stand-in, the tests): credentials and
    buyers' messages never cross a network in the clear."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http" and is_loopback(host):
        return url.rstrip("/")
    raise InputError(f"expected an https:// address (http only to this machine), got {url!r}",
                     field=what)  # fmt: skip


class TokenBucket:
    """A usage plan kept: `burst` requests at once, restored at `rate` a second."""

    def __init__(
        self, plan: UsagePlan, clock: Callable[[], float], sleep: Callable[[float], None]
    ) -> None:
        self.plan, self._clock, self._sleep = plan, clock, sleep
        self.tokens = float(plan.burst)
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self.tokens = min(self.plan.burst, self.tokens + (now - self._last) * self.plan.rate)
        self._last = now

    def take(self) -> float:
        """One request's place; the seconds waited for it."""
        self._refill()
        waited = 0.0
        if self.tokens < 1:
            waited = (1 - self.tokens) / self.plan.rate
            self._sleep(waited)
            self._refill()
            self.tokens = max(self.tokens, 1.0)
        self.tokens -= 1
        return waited


def amazon_error(response: httpx.Response) -> str:
    """`403 Unauthorized: Access to requested resource is denied.` from Amazon's error list."""
    try:
        errors = response.json().get("errors") or []
        first = errors[0]
        said = f"{first.get('code', '')}: {first.get('message', '')}".strip(": ")
        if first.get("details"):
            said += f" ({first['details']})"
    except (ValueError, AttributeError, IndexError, TypeError):
        said = response.text[:300].strip() or response.reason_phrase
    return f"{response.status_code} {' '.join(said.split())}"


class LoginWithAmazon:
    """The refresh token exchanged for an access token, kept until shortly before it expires."""

    def __init__(
        self, http: httpx.Client, endpoint: str, settings: SpApiSettings,
        clock: Callable[[], float],
    ) -> None:  # fmt: skip
        self._http, self._endpoint, self._settings, self._clock = http, endpoint, settings, clock
        self._token: str | None = None
        self._expires = 0.0
        self.exchanges = 0  # how often a token was asked for (the cache is seen to work)

    def token(self) -> str:
        if self._token is not None and self._clock() < self._expires - TOKEN_MARGIN:
            return self._token
        s = self._settings
        form = {"grant_type": "refresh_token", "refresh_token": s.refresh_token,
                "client_id": s.client_id, "client_secret": s.client_secret}  # fmt: skip
        try:
            response = self._http.post(self._endpoint, data=form)
        except httpx.HTTPError as err:
            raise Temporary(f"Login with Amazon: {type(err).__name__}") from None
        if response.status_code >= 500:
            raise Temporary(f"Login with Amazon: {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code != 200 or not isinstance(data.get("access_token"), str):
            why = f"{data.get('error', '')} {data.get('error_description', '')}".strip()
            raise Fatal(f"Login with Amazon refused the credentials: {response.status_code} "
                        f"{why or response.reason_phrase}")  # fmt: skip
        self.exchanges += 1
        self._token = data["access_token"]
        self._expires = self._clock() + float(data.get("expires_in", 3600))
        return self._token


class SpApiClient:
    def __init__(
        self,
        spec: SpApi,
        settings: SpApiSettings,
        *,
        http: httpx.Client | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        backoff: Backoff | None = None,
    ) -> None:
        self.spec, self.settings = spec, settings
        self._http = http or httpx.Client(timeout=settings.timeout, follow_redirects=False)
        self._sleep, self._clock = sleep, clock
        self.backoff = backoff or Backoff()
        lwa = checked_url(settings.lwa_endpoint or spec.lwa_endpoint, "--lwa-endpoint")
        self.login = LoginWithAmazon(self._http, lwa, settings, clock)
        self._endpoint = (
            checked_url(settings.endpoint, "--sp-api-endpoint") if settings.endpoint else None
        )
        self._buckets: dict[str, TokenBucket] = {}  # one per operation, as Amazon counts
        self.waits: list[tuple[str, float]] = []  # (why, seconds): what the run waited for

    def close(self) -> None:
        self._http.close()

    def endpoint_for(self, marketplace_id: str) -> str:
        if self._endpoint:
            return self._endpoint
        region = self.spec.region_for(marketplace_id)
        if region is None:
            raise Permanent(f"marketplace {marketplace_id} is in none of Amazon's regions")
        return region.endpoint

    def bucket(self, operation: str, api: str) -> TokenBucket:
        if operation not in self._buckets:
            self._buckets[operation] = TokenBucket(
                self.spec.apis[api].plan, self._clock, self._sleep
            )
        return self._buckets[operation]

    def call(
        self, operation: str, api: str, method: str, path: str, marketplace_id: str,
        query: dict[str, list[str]], body: dict[str, Any] | None = None,
    ) -> httpx.Response:  # fmt: skip
        """One operation, retried on 429 (after the wait it asks for) and 5xx (backoff)."""
        url = self.endpoint_for(marketplace_id) + path
        bucket = self.bucket(operation, api)

        def attempt() -> httpx.Response:
            waited = bucket.take()
            if waited:
                self.waits.append((f"{operation} usage plan", waited))
            headers = {"x-amz-access-token": self.login.token(), "user-agent": USER_AGENT,
                       "accept": "application/json"}  # fmt: skip
            try:
                response = self._http.request(method, url, params=query, headers=headers,
                                              json=body if body is not None else None)  # fmt: skip
            except httpx.HTTPError as err:
                raise Temporary(f"{operation}: {type(err).__name__}") from None
            return judged(operation, response, bucket.plan.rate)

        return with_retries(attempt, self.backoff, self._sleep, self._waited)

    def _waited(self, err: Temporary, seconds: float) -> None:
        self.waits.append((err.answer, seconds))

    def actions(self, api: str, order_id: str, marketplace_id: str) -> list[str]:
        """What may be sent for the order now: the names of its `_links.actions`."""
        family = self.spec.apis[api]
        assert family.actions_operation and family.actions_path
        path = family.actions_path.format(amazonOrderId=order_id)
        response = self.call(family.actions_operation, api, "GET", path, marketplace_id,
                             {"marketplaceIds": [marketplace_id]})  # fmt: skip
        try:
            links = response.json()["_links"]["actions"]
            return [str(a["name"]) for a in links]
        except (ValueError, KeyError, TypeError):
            raise Permanent(
                f"{family.actions_operation}: an answer without _links.actions"
            ) from None

    def upload(self, up: Upload, content: bytes, marketplace_id: str) -> str:
        """createUploadDestinationForResource, then the bytes PUT to the URL it gives: the
        destination id the message names the file by."""
        path = self.spec.upload_path.format(resource=up.resource)
        query = {"marketplaceIds": [marketplace_id], "contentMD5": [up.content_md5],
                 "contentType": [up.content_type]}  # fmt: skip
        response = self.call(
            self.spec.upload_operation, "uploads", "POST", path, marketplace_id, query
        )
        try:
            payload = response.json()["payload"]
            dest, url = str(payload["uploadDestinationId"]), str(payload["url"])
            headers = {str(k): str(v) for k, v in (payload.get("headers") or {}).items()}
        except (ValueError, KeyError, TypeError):
            raise Permanent(
                "createUploadDestinationForResource: no destination in the answer"
            ) from None
        url = checked_url(url, "the upload destination")
        headers.setdefault("Content-Type", up.content_type)

        def put() -> None:
            try:
                answer = self._http.put(url, content=content, headers=headers)
            except httpx.HTTPError as err:
                raise Temporary(f"upload of {up.file_name}: {type(err).__name__}") from None
            judged(f"upload of {up.file_name}", answer, 1.0)

        with_retries(put, self.backoff, self._sleep, self._waited)
        return dest


def judged(what: str, response: httpx.Response, rate: float) -> httpx.Response:
    """A 2xx is returned; 429 and 5xx are Temporary; any other 4xx Permanent, as Amazon put it."""
    status = response.status_code
    if 200 <= status < 300:
        return response
    if status == 429:
        after = response.headers.get("retry-after", "")
        wait = float(after) if after.replace(".", "", 1).isdigit() else 1.0 / rate
        raise Temporary(f"{what}: {amazon_error(response)}", wait=wait)
    if status >= 500:
        raise Temporary(f"{what}: {amazon_error(response)}")
    raise Permanent(f"{what}: {amazon_error(response)}")


def api_of(request: SpApiRequest) -> str:
    return request.path.split("/")[1]  # messaging, solicitations


def action_of(request: SpApiRequest) -> str:
    return request.path.rsplit("/", 1)[1]  # the action's name is its path segment


class SpApiSender:
    via = "sp-api"

    def __init__(self, client: SpApiClient) -> None:
        self.client = client

    def request(self, item: Outgoing) -> SpApiRequest | str:
        """The request bsm batch wrote for the message, or why there is none."""
        report = read_report(item)
        data = report.get("sp_api")
        if data is None:
            why = report.get("sp_api_none") or "it has no Selling Partner API request"
            return f"no Selling Partner API operation: {why}; send it with --via smtp"
        return request_from_json(data, str(item.file(".json")))

    def offered(self, request: SpApiRequest) -> tuple[bool, list[str]]:
        names = self.client.actions(api_of(request), request.order_id, request.marketplace_id)
        return action_of(request) in names, names

    def check(self, item: Outgoing) -> str | None:
        request = self.request(item)
        if isinstance(request, str):
            return request
        try:
            offered, names = self.offered(request)
        except Permanent as err:
            return f"Amazon would not say what may be sent: {err.answer}"
        if offered:
            return None
        listed = ", ".join(names) or "nothing"
        return (f"{action_of(request)} is not offered for order {request.order_id} now "
                f"(Amazon offers: {listed})")  # fmt: skip

    def describe(self, item: Outgoing) -> str:
        request = self.request(item)
        if isinstance(request, str):
            return request
        files = "".join(f", upload {u.file_name}" for u in request.uploads)
        return f"{request.operation}: {request.method} {request.path}{files}"

    def send(self, item: Outgoing) -> str:
        request = self.request(item)
        if isinstance(request, str):
            raise Permanent(request)
        contents = attachment_contents(item, request)
        ids = [self.client.upload(u, contents[u.file_name], request.marketplace_id)
               for u in request.uploads]  # fmt: skip
        response = self.client.call(
            request.operation, api_of(request), request.method, request.path,
            request.marketplace_id, request.query, request.body_with(ids),
        )  # fmt: skip
        request_id = response.headers.get("x-amzn-requestid", "")
        return f"{response.status_code} {request.operation}" + (
            f" x-amzn-RequestId {request_id}" if request_id else ""
        )

    def went(self, item: Outgoing) -> bool | None:
        request = self.request(item)
        if isinstance(request, str):
            return None
        try:
            offered, _ = self.offered(request)
        except Permanent:
            return None
        return not offered  # an action no longer offered was used: the message went

    def close(self) -> None:
        self.client.close()


def attachment_contents(item: Outgoing, request: SpApiRequest) -> dict[str, bytes]:
    """Each upload's bytes, from the message's .eml, checked against the MD5 rendered."""
    if not request.uploads:
        return {}
    mail = email.message_from_bytes(read_eml(item), _class=EmailMessage, policy=email.policy.SMTP)
    found = {}
    for part in mail.iter_attachments():
        name = part.get_filename()
        content = part.get_payload(decode=True)
        if name and isinstance(content, bytes):
            found[name] = content
    for up in request.uploads:
        if up.file_name not in found:
            raise Permanent(f"{up.file_name} is not in {item.file('.eml').name}")
        if content_md5(found[up.file_name]) != up.content_md5:
            raise Permanent(f"{up.file_name} changed since it was rendered (contentMD5)")
    return found
