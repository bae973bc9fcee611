"""The letter's header: sender, reference, dates and the requested period."""
