"""Human labels: the bundled annotated set, reviewed-CSV import, the append-only store."""
