"""``oficio search`` and ``oficio browse``: find the replies that say something, and open
the workspace in Datasette."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.text import Text

from oficio.cli.app import app, out
from oficio.cli.corpus import WorkspaceOption
from oficio.corpus.store.database import connect_to_read
from oficio.corpus.store.search import DEFAULT_LIMIT, Filters, Hit, axis_code, search, status_code
from oficio.corpus.store.workspace import DEFAULT_WORKSPACE, Workspace
from oficio.errors import BrowseMissingError
from oficio.i18n import _, label, ngettext

HIGHLIGHT = "bold black on yellow"


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(
        help='Words to find (accents optional); "a phrase", AND, OR, NOT, prefix*.')],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    institution: Annotated[str | None, typer.Option(
        help="Only replies of this sender: gazetteer id, acronym, or part of its name.")] = None,
    axis: Annotated[str | None, typer.Option(
        help="Only replies on this axis: gobernanza, prevención, protección, persecución "
             "(or governance...).")] = None,
    status: Annotated[str | None, typer.Option(
        help="Only replies of this status: respondida, fuera de periodo, sin información "
             "(or answered, out_of_period, missing).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most pages shown.")] = DEFAULT_LIMIT,
    include_removed: Annotated[bool, typer.Option(
        "--include-removed", help="Also the documents no longer in their folder (edited or "
        "deleted).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of hits.")] = False,
) -> None:
    """The pages whose text matches QUERY, best first: file, page and the words found."""
    if not query.strip():
        raise typer.BadParameter(_("give one or more words"), param_hint="QUERY")
    filters = Filters(institution=institution, axis=_code(axis, axis_code, "--axis"),
                      status=_code(status, status_code, "--status"),
                      include_removed=include_removed, limit=limit)
    connection = connect_to_read(Workspace.existing(workspace).database)
    try:
        hits = search(connection, query, filters)
    finally:
        connection.close()
    if as_json:
        typer.echo(json.dumps([hit.as_dict() for hit in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        out.print(_("No results for «{query}».").format(query=query), markup=False,
                  highlight=False)
        return
    for number, hit in enumerate(hits, start=1):
        out.print(_heading(number, hit), markup=False, highlight=False)
        out.print(_snippet(hit), highlight=False)
    pages = ngettext("{n} page", "{n} pages", len(hits)).format(n=len(hits))
    more = _(" (the limit, --limit {limit})").format(limit=limit) if len(hits) == limit else ""
    out.print(pages + more, markup=False, highlight=False)


def _code(value: str | None, to_code, option: str) -> str | None:
    if value is None:
        return None
    try:
        return to_code(value)
    except ValueError:
        raise typer.BadParameter(_("unknown value: {value}").format(value=value),
                                 param_hint=option) from None


def _heading(number: int, hit: Hit) -> str:
    sender = hit.sender_name or hit.sender_id or "?"
    status = label("status", hit.status) or "?"  # the JSON keeps the tables' codes
    axes = ", ".join(label("axes", axis) for axis in hit.axes) or "-"
    state = "" if hit.state == "current" else f" [{label('state', hit.state)}]"
    return f"{number}. {hit.path}, p. {hit.page} — {sender} — {status}; {axes}{state}"


def _snippet(hit: Hit) -> Text:
    """Indented; highlighted in colour on a terminal, between [brackets] elsewhere (a file,
    a pipe), where colours would be lost."""
    text = Text("   ")
    if not out.is_terminal:
        return text.append(hit.marked())
    for piece, highlighted in hit.parts():
        text.append(piece, style=HIGHLIGHT if highlighted else None)
    return text


@app.command()
def browse(
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 to serve on.")] = 8001,
) -> None:
    """Open the workspace in Datasette (read only, on this machine only): tables with their
    descriptions, facets, and a search box over the pages. Stop it with Ctrl-C."""
    from oficio.corpus.outputs.browse import available, serve

    ws = Workspace.existing(workspace)
    if not available():  # before the address is printed
        raise BrowseMissingError()
    out.print(_("Datasette: {address}  (Ctrl-C: stop)").format(
        address=f"http://127.0.0.1:{port}/oficio/documents"), markup=False, highlight=False)
    raise typer.Exit(serve(ws, port))

