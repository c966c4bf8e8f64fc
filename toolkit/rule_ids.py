"""The ids of the registry's rules that the enforcement pass and the fixer work under.

Named as the registry names the rule (`wide-margin` -> WIDE_MARGIN); tests/test_rules_meta.py
holds each to the registry (same id, same name, fixable). A leaf module: toolkit.dom, which
the rules import, can use it. The style properties' rules are not here: they are the policy's
table (data/policy.toml, [css.overrides]).
"""

from __future__ import annotations

TRACKING_PIXEL = "BSM307"
ACTIVE_CONTENT = "BSM312"
EMOJI = "BSM403"
WIDE_MARGIN = "BSM405"
OVERSIZED_IMAGE = "BSM406"
FONT_FAMILY_OVERRIDE = "BSM407"
LINE_HEIGHT_OVERRIDE = "BSM408"
FONT_COLOR_OVERRIDE = "BSM409"
TOO_MANY_FONT_SIZES = "BSM410"
ALIGNMENT_OVERRIDE = "BSM411"
EXCESS_LINE_BREAKS = "BSM412"
