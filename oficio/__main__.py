"""``python -m oficio``: the same as the ``oficio`` command."""

from oficio.corpus.cli import main

if __name__ == "__main__":
    main()
