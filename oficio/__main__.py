"""``python -m oficio``: the same as the ``oficio`` command."""

from corpus.cli import main

if __name__ == "__main__":
    main()
