"""Load reply files (PDF, images, office files, text) into pages of clean text."""

from oficio.extract.read.document import Document, Mark, Page, Table

__all__ = ["Document", "Mark", "Page", "Table"]
