"""Figures of a reply: money, counts and percentages, in sentences and in tables, with
their unit, year and budget stage."""
