"""``python -m oficio``: the same as the ``oficio`` command."""

from oficio.cli.main import main

if __name__ == "__main__":
    main()
