"""`bsm init DIR`: a seller's or designer's own project, from the bundled defaults."""

from __future__ import annotations

import argparse
from pathlib import Path

from toolkit.commands.common import EXIT_OK
from toolkit.project import CONFIG_NAME, Seller, init_project


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    parser.add_argument("--seller-name", help="your shop's name, as buyers know it")
    parser.add_argument("--seller-email", help="the address you registered with Amazon")
    parser.add_argument("--marketplace", help="your home marketplace's id, e.g. A1PA6795UKMFR9")


def run(args: argparse.Namespace) -> int:
    seller = Seller(name=args.seller_name, email=args.seller_email, marketplace=args.marketplace)
    written = init_project(args.dir, seller)
    print(f"{args.dir}: a new bsm project ({len(written)} files)")
    print(f"  settings   {args.dir / CONFIG_NAME}")
    for folder in ("templates", "locales", "examples"):
        print(f"  {folder:<10} {args.dir / folder}")
    print(f"next: cd {args.dir} && bsm render examples/*.json --out out/")
    return EXIT_OK
