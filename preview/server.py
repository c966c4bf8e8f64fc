"""Running the app: the listening socket (bound first, so a taken port is a clear error) and
uvicorn's Server, which ends the open live-reload streams before it stops."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from types import FrameType

import uvicorn
from starlette.applications import Starlette

from preview.live import Hub
from toolkit.errors import InputError


def listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)  # connections made before uvicorn starts wait instead of failing
    except OSError as err:
        raise InputError(
            f"cannot listen on {host}:{port}: {err.strerror}", field="--port"
        ) from None
    return sock


def address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class PreviewServer(uvicorn.Server):
    """Open /events streams never end by themselves, and a pasted order may be rendering
    until its time limit; without this the server would wait for them before it stops."""

    def __init__(self, config: uvicorn.Config, hub: Hub, stop_workers: Callable[[], None]) -> None:
        super().__init__(config)
        self.hub = hub
        self.stop_workers = stop_workers
        self.loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        await super().startup(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.loop is not None:  # a signal handler: hand the closing to the loop, wake it
            self.loop.call_soon_threadsafe(self.hub.close)
            self.loop.call_soon_threadsafe(self.stop_workers)  # its page says it was stopped
        super().handle_exit(sig, frame)


def serve(app: Starlette, sock: socket.socket) -> None:
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    PreviewServer(config, app.state.hub, app.state.service.close).run(sockets=[sock])
