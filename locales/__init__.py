"""Installed as the package `toolkit.locales` (pyproject.toml maps this folder there), so the wheel
carries it and an editable install reads this very folder; toolkit/paths.py finds it."""
