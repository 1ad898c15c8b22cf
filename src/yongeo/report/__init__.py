"""Renderers: turn results and findings into text, JSON or SARIF (nothing else prints them)."""
