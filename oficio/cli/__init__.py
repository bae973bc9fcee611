"""The ``oficio`` command line: the only place where errors become exit codes."""
