"""``oficio extract`` and ``oficio doctor``."""

from __future__ import annotations

from pathlib import Path

import typer

from corpus.app import app, out


@app.command()
def extract(
    file: Path = typer.Argument(..., help="The reply file to read (PDF, image, DOCX, TXT)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
) -> None:
    """Print a reply's pages, and for each page whether its text came from OCR."""
    raise NotImplementedError


@app.command()
def doctor() -> None:
    """Check Tesseract and its Spanish and English data, and say how to fix what is missing."""
    out.print("not yet")
