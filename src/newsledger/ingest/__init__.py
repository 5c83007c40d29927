"""Readers that turn files, folders, JSONL dumps, URLs and feeds into Article records.

Contract: `read_inputs(inputs, max_bytes=...)` yields Article or ReadFailure, one per item,
and never raises for a bad item.
"""
