"""oficio: read government replies to access-to-information requests into data."""

__version__ = "0.1.0"
