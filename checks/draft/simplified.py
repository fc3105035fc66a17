"""Traditional Chinese characters read as their simplified forms, for the drafter's cue words.

The drafter's cue words (将, 截至, 与…比较, 发布时间, 计划, 以来 …) are written in simplified
characters; an article in traditional characters (將, 與…比較, 發布時間, 計劃, 以來) says the same
things. Each guess reads the line through this table, one character for one, so every position in
the line stays where it is and quotes are still cut from the text as printed. The table holds the
characters of the cue words and of the health and statistics vocabulary the guesses look at; a
character it does not hold is read as printed.
"""

from __future__ import annotations

_PAIRS = (
    "與与較较從从將将計计劃划規规確确預预擬拟達达標标務务實实現现總总數数們们過过來来應应對对這这為为個个萬万"
    "億亿歲岁週周業业歷历經经濟济醫医療疗衛卫機机構构診诊護护師师養养區区縣县鄉乡鎮镇設设備备點点報报發发"
    "時时間间聞闻聲声權权責责編编輯辑閱阅讀读關关鍵键詞词頁页電电話话熱热線线撥拨調调結结據据顯显於于減减"
    "長长門门幾几齊齐產产婦妇嬰婴兒儿齡龄員员勞劳屆届黨党約约歐欧幣币項项類类張张餘余號号屬属試试檢检驗验"
    "測测篩筛險险費费資资財财級级層层專专質质準准蓋盖簽签團团隊队體体係系統统絡络網网開开啟启動动辦办創创"
    "築筑擴扩優优進进續续舉举議议傳传導导範范圍围壓压廣广東东陽阳寧宁遼辽龍龙雲云貴贵蘇苏紅红裡里麼么還还"
    "沒没環环運运營营復复協协氣气災灾觀观處处會会廳厅閉闭條条則则術术藥药雙双兩两僅仅額额隨随稱称後后"
    "學学種种殘残彙汇匯汇見见舊旧況况狀状態态佔占變变歸归戶户臺台輛辆場场內内壽寿淨净參参連连鄰邻並并滿满"
)
TRADITIONAL_TO_SIMPLIFIED = str.maketrans(_PAIRS[0::2], _PAIRS[1::2])


def simplified(text: str) -> str:
    """``text`` with the table's traditional characters in their simplified forms (same length)."""
    return text.translate(TRADITIONAL_TO_SIMPLIFIED)
