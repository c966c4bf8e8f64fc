"""A stand-in for Amazon's Selling Partner API and Login with Amazon, on 127.0.0.1, for the
send tests (the project's own code: http.server, no mock library). It checks every request
against Amazon's models (tests/sp_api_models.py: path, method, query, body) and the access
token, rejects what Amazon would, and answers what a test asks for next (429, 403, 500).

It serves: POST /auth/o2/token; GET the order's messaging and solicitation actions; POST
createUploadDestinationForResource and the PUT of the bytes to the URL it gives; the message
operations, each of which uses up its action for the order, as Amazon's does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import sp_api_models

CLIENT_ID = "amzn1.application-oa2-client.test"
CLIENT_SECRET = "amzn1.oa2-cs.v1.secret-never-printed"
REFRESH_TOKEN = "Atzr|refresh-token-never-printed"
ACCESS_TOKEN = "Atza|access-token-never-printed"
NOT_OFFERED = "Invalid amazonOrderId and template combination"


@dataclass
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class State:
    ops: dict[str, sp_api_models.ModelOperation]
    offered: dict[str, set[str]] = field(default_factory=dict)  # order -> action names
    next_answers: dict[str, list[Answer]] = field(default_factory=dict)  # operationId -> queue
    log: list[tuple[str, str, Any]] = field(default_factory=list)  # (operationId, path, body)
    uploads: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def posts(self) -> list[tuple[str, str, Any]]:
        skip = ("createUploadDestinationForResource", "getMessagingActionsForOrder",
                "getSolicitationActionsForOrder")  # fmt: skip
        return [entry for entry in self.log if entry[0] not in skip]


def errors(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


class Handler(BaseHTTPRequestHandler):
    state: State  # set on the class the server makes

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def reply(self, answer: Answer) -> None:
        data = json.dumps(answer.body).encode()
        self.send_response(answer.status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-amzn-RequestId", "req-0001")
        for k, v in answer.headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def content(self) -> bytes:
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def do_GET(self) -> None:
        self.api("GET")

    def do_POST(self) -> None:
        if self.path.startswith("/auth/o2/token"):
            self.token()
        else:
            self.api("POST")

    def do_PUT(self) -> None:
        dest = urlsplit(self.path).path.removeprefix("/upload/")
        data = self.content()
        with self.state.lock:
            up = self.state.uploads.get(dest)
            md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
            if up is None or up["md5"] != md5 or self.headers.get("content-type") != up["type"]:
                return self.reply(Answer(400, errors("BadDigest", "not what was announced")))
            up["bytes"] = data
        self.reply(Answer(200, {}))

    def token(self) -> None:
        form = {k: v[0] for k, v in parse_qs(self.content().decode()).items()}
        with self.state.lock:
            self.state.token_requests += 1
        expected = {"grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN,
                    "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}  # fmt: skip
        if form != expected:
            said = "The request has an invalid grant parameter"
            body = {"error": "invalid_grant", "error_description": said}
            return self.reply(Answer(400, body))
        self.reply(Answer(200, {"access_token": ACCESS_TOKEN, "token_type": "bearer",
                                "expires_in": 3600}))  # fmt: skip

    def api(self, method: str) -> None:
        parts = urlsplit(self.path)
        query: dict[str, list[str]] = {}
        for name, values in parse_qs(parts.query, keep_blank_values=True).items():
            query[name] = [v for value in values for v in value.split(",")]  # csv, as Amazon
        raw = self.content() if method == "POST" else b""
        body = json.loads(raw) if raw else None
        if self.headers.get("x-amz-access-token") != ACCESS_TOKEN:
            return self.reply(Answer(403, errors(
                "Unauthorized", "The access token you provided is revoked, malformed or invalid."
            )))  # fmt: skip
        try:
            op = sp_api_models.check_request(self.state.ops, method, parts.path, query, body)
        except sp_api_models.Rejected as err:
            return self.reply(Answer(err.status, errors(err.code, err.message)))
        with self.state.lock:
            self.state.log.append((op.id, parts.path, body))
            queue = self.state.next_answers.get(op.id) or []
            if queue:
                return self.reply(queue.pop(0))
            self.reply(self.answer(op, parts.path, query, body))

    def answer(self, op: sp_api_models.ModelOperation, path: str, query: dict[str, list[str]],
               body: Any) -> Answer:  # fmt: skip
        order = path.split("/")[4] if path.count("/") >= 4 else ""
        if op.id in ("getMessagingActionsForOrder", "getSolicitationActionsForOrder"):
            family = path.split("/")[1]
            review = family == "solicitations"  # its one action; the rest are messaging's
            offered = self.state.offered.get(order, set())
            names = sorted(n for n in offered if (n == "productReviewAndSellerFeedback") == review)
            links = [{"href": f"{path}/{n}", "name": n} for n in names]
            return Answer(200, {"_links": {"actions": links, "self": {"href": path}},
                                "_embedded": {"actions": []}})  # fmt: skip
        if op.id == "createUploadDestinationForResource":
            dest = f"amzn1.tortuga.4.eu.{len(self.state.uploads) + 1}"
            resource = path.removeprefix("/uploads/2020-11-01/uploadDestinations/")
            self.state.uploads[dest] = {"md5": query["contentMD5"][0],
                                        "type": query.get("contentType", [""])[0],
                                        "resource": resource, "bytes": None}  # fmt: skip
            host, port = self.server.server_address[:2]
            return Answer(201, {"payload": {
                "uploadDestinationId": dest, "url": f"http://{host}:{port}/upload/{dest}",
                "headers": {"Content-Type": query.get("contentType", [""])[0]},
            }})  # fmt: skip
        action = path.rsplit("/", 1)[1]
        if action not in self.state.offered.get(order, set()):
            return Answer(400, errors("InvalidInput", NOT_OFFERED))
        for att in (body or {}).get("attachments", []):
            up = self.state.uploads.get(att["uploadDestinationId"])
            if up is None or up["bytes"] is None or up["resource"] != path.lstrip("/"):
                return Answer(400, errors("InvalidInput", "unknown uploadDestinationId"))
        self.state.offered[order].discard(action)  # used: not offered again
        return Answer(201, {})


class StandIn:
    def __init__(self) -> None:
        self.state = State(sp_api_models.load_operations())
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StandIn:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
