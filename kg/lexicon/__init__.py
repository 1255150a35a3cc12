"""Lexicons of general English and news knowledge; never names or sentences from a corpus."""
