"""Test doubles shipped with the package, as click ships click.testing."""
