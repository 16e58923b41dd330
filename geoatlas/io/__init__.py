"""Readers and writers, in symmetric pairs; the format follows the file extension."""
