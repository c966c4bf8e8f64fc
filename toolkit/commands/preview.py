"""`bsm preview`: the preview server for designers (the app lives in preview/)."""

from __future__ import annotations

import argparse
from pathlib import Path

from toolkit.commands.common import EXIT_OK, parse_now, port_number, project_for
from toolkit.errors import InputError

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8025


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address (default {DEFAULT_HOST})")
    parser.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        help=f"port, 0 for any (default {DEFAULT_PORT})",
    )
    parser.add_argument("--templates", type=Path, help="templates folder (default: the project's)")
    parser.add_argument("--locales", type=Path, help="locales folder (default: the project's)")
    parser.add_argument(
        "--examples", type=Path, help="example orders for the gallery (default: the project's)"
    )
    parser.add_argument(
        "--now",
        help="render every message as if sent at this ISO-8601 time "
        "(default: a few days after each order's delivery)",
    )


def folder(path: Path | None, default: Path, option: str) -> Path:
    chosen = (path or default).resolve()
    if not chosen.is_dir():
        raise InputError(f"not a folder: {chosen}", field=option)
    return chosen


def run(args: argparse.Namespace) -> int:
    try:
        from preview.app import create_app
        from preview.server import address, listen, serve
        from preview.service import PreviewConfig
    except ImportError as err:
        raise InputError(
            f"the preview server needs the preview extra ({err.name} is missing): "
            "pip install -e '.[preview]'"
        ) from None
    project = project_for(args)
    templates = folder(args.templates, project.templates, "--templates")
    if not (templates / "messages").is_dir():
        raise InputError(f"no messages/ folder in {templates}", field="--templates")
    config = PreviewConfig(
        templates=templates,
        locales=folder(args.locales, project.locales, "--locales"),
        examples=folder(args.examples, project.examples, "--examples"),
        project=project,
        now=parse_now(args.now) if args.now else None,
    )
    sock = listen(args.host, args.port)
    app = create_app(config, host=args.host)
    print(f"bsm preview: {address(sock)}  (Ctrl+C stops it)", flush=True)
    print(f"  templates {config.templates}\n  locales   {config.locales}", flush=True)
    serve(app, sock)
    return EXIT_OK
