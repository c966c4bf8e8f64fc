"""`bsm i18n extract | update | init | compile | pseudo | status`: the translation workflow.

Each step runs Babel's own extraction and commands (what pybabel runs) with Jinja's extractor
(the toolkit's babel.cfg, or the project's own) on the project's templates and catalogs
(toolkit/project.py); `status` says per catalog what is translated, missing, fuzzy or wrong
(placeholders, markup, plural forms, spelling) and exits 1 when any catalog is incomplete.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from toolkit.commands.common import EXIT_FINDINGS, EXIT_OK, project_for
from toolkit.errors import InputError
from toolkit.i18n import PSEUDO_LOCALES, CatalogStore, read_catalog
from toolkit.i18n.workflow import CatalogReport, Problem, Workflow, catalog_report, message_keys
from toolkit.rules.spelling import Spelling, SpellingUnavailable

PROJECT = "bsm-toolkit"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root", type=Path,
        help="a folder holding templates/ and locales/ (default: the project's)",
    )  # fmt: skip
    steps = parser.add_subparsers(dest="step", metavar="STEP", parser_class=type(parser))
    steps.required = True
    steps.add_parser("extract", help="templates -> locales/messages.pot")
    steps.add_parser("update", help="messages.pot -> every catalog (and the pseudo-locale)")
    init = steps.add_parser("init", help="a new catalog for a language, from messages.pot")
    init.add_argument("locale", help="the language (and region where spelling differs): sv, en-US")
    steps.add_parser("compile", help="every catalog -> .mo (the renderer reads the .po itself)")
    steps.add_parser("pseudo", help="the pseudo-locale en-XA (accented, ~35%% longer)")
    status = steps.add_parser("status", help="translated / missing / fuzzy per catalog")
    status.add_argument("catalogs", nargs="*", metavar="CATALOG", help="only these (e.g. pl)")
    status.add_argument("--format", choices=("text", "json"), default="text")


def shown(path: Path) -> str:
    """A path as the user would type it: relative to where they are, when it is below."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def project_version() -> str:
    try:
        return version(PROJECT)
    except PackageNotFoundError:
        return "0"


def run_extract(flow: Workflow) -> int:
    catalog, changed = flow.extract(PROJECT, project_version())
    state = "written" if changed else "unchanged: the templates say the same"
    print(f"{shown(flow.template)}: {len(catalog)} messages ({state})")
    if changed:
        print("next: bsm i18n update, then translate, then bsm i18n status")
    return EXIT_OK


def run_update(flow: Workflow) -> int:
    flow.update()
    names = sorted(CatalogStore(flow.locales).available())
    print(f"updated from {shown(flow.template)}: {', '.join(names)}")
    print("next: translate what `bsm i18n status` lists")
    return EXIT_OK


def run_init(flow: Workflow, tag: str) -> int:
    path = flow.init(tag)
    print(f"{shown(path)}: created; add the language's dictionary to toolkit/data/spelling/")
    return EXIT_OK


def run_compile(flow: Workflow) -> int:
    for path in flow.compile():
        print(f"{shown(path)}")
    return EXIT_OK


def run_pseudo(flow: Workflow) -> int:
    for path in flow.write_pseudo():
        print(f"{shown(path)}: {len(read_catalog(path))} messages")
    return EXIT_OK


def template_problems(flow: Workflow) -> list[str]:
    """messages.pot against a fresh extraction from the templates."""
    if not flow.template.is_file():
        return [f"{shown(flow.template)} is missing: run `bsm i18n extract`"]
    fresh = message_keys(flow.extract_fresh(PROJECT, project_version()))
    current = message_keys(read_catalog(flow.template))
    if fresh == current:
        return []
    new, gone = len(fresh - current), len(current - fresh)
    return [
        f"{shown(flow.template)} is out of date ({new} new in the templates, {gone} no longer "
        "used): run `bsm i18n extract` and `bsm i18n update`"
    ]


def report(flow: Workflow, spelling: Spelling, name: str) -> CatalogReport:
    path = CatalogStore(flow.locales).po_path(name)
    template = read_catalog(flow.template)
    key = spelling.catalog_for(name) if name not in PSEUDO_LOCALES else None
    if key is None:
        return catalog_report(name, path, template)
    try:
        speller = spelling.speller(key)
    except SpellingUnavailable as err:
        found = catalog_report(name, path, template)
        return replace(
            found, problems=(*found.problems, Problem(1, f"spelling not checked: {err}"))
        )
    return catalog_report(name, path, template, unknown_words=speller)


def print_reports(reports: list[CatalogReport], general: list[str]) -> None:
    print(f"{'catalog':<8} {'translated':>10} {'missing':>8} {'fuzzy':>6} {'problems':>9}")
    for r in reports:
        done = f"{r.translated}/{r.total}"
        print(f"{r.name:<8} {done:>10} {len(r.missing):>8} {len(r.fuzzy):>6} {len(r.problems):>9}")
    for r in reports:
        for kind, problems in (("missing", r.missing), ("fuzzy", r.fuzzy), ("", r.problems)):
            for p in problems:
                label = f"{kind}: " if kind else ""
                print(f"{shown(r.path)}:{p.line}: {label}{p.text}")
    for line in general:
        print(line)
    incomplete = [r.name for r in reports if not r.complete]
    if incomplete or general:
        print(f"incomplete: {', '.join(incomplete) or 'messages.pot'}")
    else:
        print(f"all {len(reports)} catalogs complete")


def run_status(flow: Workflow, names: list[str], fmt: str) -> int:
    available = CatalogStore(flow.locales).available()
    unknown = sorted(set(names) - available)
    if unknown:
        raise InputError(
            f"no catalog {', '.join(unknown)} (catalogs: {', '.join(sorted(available))})"
        )
    if not available:
        raise InputError(f"no catalogs in {shown(flow.locales)}")
    spelling = Spelling()
    general = template_problems(flow)
    reports = [report(flow, spelling, name) for name in sorted(names or available)]
    if fmt == "json":
        out = {
            "template": {"path": shown(flow.template), "problems": general},
            "catalogs": [
                {
                    "catalog": r.name,
                    "path": shown(r.path),
                    "total": r.total,
                    "translated": r.translated,
                    "missing": [vars(p) for p in r.missing],
                    "fuzzy": [vars(p) for p in r.fuzzy],
                    "problems": [vars(p) for p in r.problems],
                    "complete": r.complete,
                }
                for r in reports
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print_reports(reports, general)
    complete = not general and all(r.complete for r in reports)
    return EXIT_OK if complete else EXIT_FINDINGS


def run(args: argparse.Namespace) -> int:
    if args.root:  # a folder laid out as a project: templates/, locales/ (babel.cfg)
        flow = Workflow(args.root)
    else:
        project = project_for(args)
        flow = Workflow(project.templates.parent, locales_dir=project.locales)
    if not (flow.root / "templates").is_dir():
        raise InputError("no templates/ folder here", source=str(flow.root))
    if args.step == "extract":
        return run_extract(flow)
    if args.step == "update":
        return run_update(flow)
    if args.step == "init":
        return run_init(flow, args.locale)
    if args.step == "compile":
        return run_compile(flow)
    if args.step == "pseudo":
        return run_pseudo(flow)
    return run_status(flow, list(args.catalogs), args.format)
