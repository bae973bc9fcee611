"""``oficio gazetteer``: look institutions up, try names on a text, check an alias file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from oficio.cli.app import app, fail, out
from oficio.errors import OficioError
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.extract.read.document import Document, Page
from oficio.i18n import _

gazetteer_app = typer.Typer(help="The gazetteer of State institutions.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

ALIASES_HELP = "A CSV (id,alias) or JSONL file of extra aliases to merge over the gazetteer."
AliasesOption = Annotated[Path | None, typer.Option("--aliases", help=ALIASES_HELP)]


@gazetteer_app.command("show")
def show(
    institution_id: Annotated[str, typer.Argument(help="A gazetteer id: mimp, mdis:150133.")],
    aliases: AliasesOption = None,
) -> None:
    """Print one institution's entry as JSON."""
    try:
        item = load_gazetteer(aliases).get(institution_id)
    except OficioError as error:
        raise fail(error) from None
    if item is None:
        out.print(_("no institution with id {id!r}").format(id=institution_id), highlight=False)
        raise typer.Exit(code=1)
    data = {**item.__dict__, "aliases": list(item.aliases), "units": list(item.units)}
    out.print_json(json.dumps(data, ensure_ascii=False))


@gazetteer_app.command("find")
def find(
    text: Annotated[str, typer.Argument(help="The text, or a path to a UTF-8 .txt file.")],
    aliases: AliasesOption = None,
    language: Annotated[str, typer.Option("--language", help="es or en: the pipeline.")] = "es",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
) -> None:
    """List the institutions named in a text: id, kind, where, and the words found."""
    path = Path(text)
    if path.suffix == ".txt" and path.is_file():
        text = path.read_text(encoding="utf-8")
    from oficio.extract.institutions.component import find_mentions  # spaCy: only for this command

    document = Document("cli", "", "txt", [Page(1, text)], language=language)
    try:
        mentions = find_mentions(document, extra_aliases=aliases)
    except OficioError as error:
        raise fail(error) from None
    for m in mentions:
        if as_json:
            out.print(json.dumps(m.__dict__, ensure_ascii=False), highlight=False)
        else:
            out.print(f"{m.institution_id}\t{m.kind}\t{m.start}-{m.end}\t{m.text!r}",
                      highlight=False)  # fmt: skip


@gazetteer_app.command("check")
def check(aliases: Annotated[Path, typer.Argument(help=ALIASES_HELP)]) -> None:
    """Check an alias file: its ids, names, kinds and parents."""
    try:
        merged = load_gazetteer(aliases)
    except OficioError as error:
        raise fail(error) from None
    base = load_gazetteer()
    new = [i for i in merged if i.id not in base]
    added = sum(len(i.aliases) - len(base[i.id].aliases) for i in merged if i.id in base)
    out.print(_("{file}: ok, {institutions} institutions and {aliases} aliases added").format(
        file=aliases, institutions=len(new), aliases=added), highlight=False)
