"""Helpers and fakes the tests share; no tests here."""
