"""Batches of documents: the Prefect flow and its stages, isolation of each document, Dask,
the inbox."""
