"""What leaves a workspace: export tables, spreadsheets, the report, redaction, Datasette."""
