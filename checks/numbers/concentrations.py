"""Measures of one quantity per another (a concentration, a dose by weight): 35 µg/m³, 100μg/L, 7.0
mmol/L, 5 mg/kg, 35微克/立方米. Read as one measure word, so what follows it is the figure's (血铅100μg/L以上:
at least 100, where 以上 once followed only the /L), and its unit word is the whole (µg/m³, not µg)."""

from __future__ import annotations

# The reader's Latin unit pattern ignores case: mg/L is mg/l, and µ (the micro sign) is μ.
_EN_AMOUNTS = ("mg", "μg", "ng", "g", "mmol", "μmol", "nmol")
_EN_PER = ("m³", "m3", "l", "dl", "ml", "kg")
EN_CONCENTRATIONS = tuple(f"{amount}/{per}" for amount in _EN_AMOUNTS for per in _EN_PER)
_ZH_AMOUNTS = ("毫克", "微克", "纳克", "克", "毫摩尔", "微摩尔")
_ZH_PER = ("立方米", "升", "毫升", "分升", "千克", "公斤")
CJK_CONCENTRATIONS = tuple(f"{amount}/{per}" for amount in _ZH_AMOUNTS for per in _ZH_PER)
