"""Documents written for this project to be unlike the development corpus: a Bộ's công văn, a
Prime Minister's chỉ thị, decisions that set up a working group, appendix task tables after the
signature, commune plans, party notices and conclusions, portal copies with their defects,
provincial notices, công điện, a Quyết định with its execution article, an HĐND resolution, a
Hướng dẫn, a Quy chế, an urging letter, a Báo cáo, an inspection plan, a yearly work
programme, a Giấy mời, a meeting with voters, OCR output pasted as text, a party cell's
monthly resolution, a phân công nhiệm vụ notice, an HĐND policy resolution, a Quy chế phối
hợp, a census plan, a college's enrolment plan, a land-clearance notice, an inspection
conclusion, a Quy chế of norms, a letter urging overdue tasks, portal copies with flattened
tables and glued markers, conclusion notices from a commune to the Văn phòng Chính phủ, a
Thủ tướng's công điện and chỉ thị, commune work plans and schedules, provincial sector
plans, less common ways of handing work over, sectors seen little (tax, social insurance,
banking, the army's call-up), work programmes and attributes in parentheses, more portal
copies (tabs for cells, flattened tables with group rows, glued letter markers), central and
mass-organisation documents, tables of many shapes (sub-rows, projects and their investors),
commune and ward documents, party documents of many kinds, deadlines in lunar dates, and
more (the school calendar, public finance, party cells, trade, border gates, land, social
affairs, festivals, justice, fisheries, call-up, daily letters, digital government, waste
and housing in ``cn/`` to ``dc/``; labour, local defence, irrigation and religious affairs
in ``dd/`` to ``dg/``; hospitals, the press, nature and family in ``dh/`` to ``dk/``; labour,
statistics and foreign affairs in ``dl/`` and ``dm/``; the Fatherland Front and the mass
organisations, and the utilities that reach residents, in ``dn/`` and ``do/``; banking and
credit, and ports, airports and railways, in ``dp/`` and ``dq/``; the 2026 elections and
the national target programmes in ``dr/`` and ``ds/``; food safety, and science and
innovation, in ``dt/`` and ``du/``; tax and budget revenue, and schools, in ``dv/`` and
``dw/``; fire prevention and people with meritorious services in ``dx/`` and ``dy/``; drug
prevention and the public offices left over by the 2025 mergers in ``dz/`` and ``ea/``;
tourism and heritage, and child protection, in ``eb/`` and ``ec/``; farm production and
markets, and industrial and chemical safety, in ``ed/`` and ``ee/``; public investment,
grassroots digital work, grassroots health and personnel work in ``ef/`` to ``ei/``; the
environment, and housing and land clearance, in ``ej/`` and ``ek/``; culture and sport, and the
mass organisations, in ``el/`` and ``em/``; Tết, leaders' conclusions after working visits,
year-end work, events and exams, online fraud, state enterprises, smuggling and a ward office's
everyday papers in ``en/`` to ``eu/``; drought and salinity, and road traffic, in ``ev/`` and
``ew/``; social and health insurance, labour and employment, and anti-corruption in ``ex/`` to
``ez/``; foreign affairs and borders, and culture, heritage and sport, in ``fa/`` and ``fb/``;
science and standards, the storm season, defence work and urban order in ``fc/`` to ``ff/``;
hospitals and medicines, and elected bodies and voters' petitions, in ``fg/`` and ``fh/``;
industrial pollution and craft villages, and religion and ethnic minorities, in ``fi/`` and
``fj/``; forestry, justice, animal and plant disease, the budget, industry and energy,
emulation, transport works, epidemics, citizen reception, social protection, tourism, water,
vocational training, rural development, information and a commune's weekly work in ``fk/`` to
``fz/``; surplus offices, public services, leaders' conclusions, commune party committees,
civil status, social insurance, socio-economic targets, environmental incidents, schools,
digital transformation, markets and labour relations in ``ga/`` to ``gl/``; housing, the
Fatherland Front, briefing conclusions and long Quy chế in ``gm/`` to ``gp/``; portal
copies with their site noise, rural water, the merger's paperwork for residents and OCR-like
text with misread digits and seals in ``gq/`` to ``gt/``; public investment in dense
sentences, work programmes, civil-defence drills and party inspection findings in ``gu/`` to
``gx/``; land, health, transport, culture, agriculture, the budget, personnel, security and
disasters, schools, industry and trade, complaints and judgments, and digital government in
``gy/`` to ``hj/``; labour and social protection, ethnic minorities, a commune's weekly work and
overdue tasks, and party building in ``hk/`` to ``hn/``; the environment, a People's
Council's supervision, tax and banking with appendix tables, unusual layouts, meeting
conclusions, the central government, commune party documents and Tết with lunar dates in
``ho/`` to ``hv/``; plans issued with their decisions, answers to petitions and urging
letters, a Sở's guidance to communes, and emergencies in ``hw/`` to ``hz/``; tasks in long
running paragraphs, the allocation of work among leaders, event plans with assignment tables,
duties of firms, schools and hospitals, one organisation's internal plans, requests between
peer bodies, multi-year programmes with recurring deadlines, and texts with typing defects in
``ia/`` to ``ih/``; public investment, decisions that set up boards and give targets, portal
copies, reporting regimes, directives, inspection plans and their follow-up, letters urging
late work, the vertical agencies, long provincial plans, short notices of instructions, work in
annexes and the Fatherland Front in ``ii/`` to ``it/``; a commune's campaign plans, conclusions
organised by topic, ministries writing to provinces and deadlines in every form in ``iu/`` to
``ix/``). 2576 documents in 258 folders, annotated by FORMAT.md.
``a/`` was used to find and fix failure classes; ``b/`` to ``z/``, ``aa/`` to ``az/``, ``ba/``
to ``bz/`` and ``ca/`` onwards were written afterwards, mostly two at a time, and each was
measured before any fix drawn from it.
The floors are the scores of the rules alone (the model, which also learns from these
documents, is measured by `make cv`); a change that lowers one needs a reason, not a lower
floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from giaoviec.evaluation.runner import evaluate

FRESH = Path(__file__).parent / "fixtures" / "fresh"
FLOORS = {  # folder: task F1, lead accuracy, support F1, report_to F1, deadline accuracy
    "a": (0.99, 0.99, 0.99, 0.99, 0.99),
    "b": (0.99, 0.98, 0.99, 0.97, 0.99),
    # c's deadline: "từ ngày 25 tháng Chạp đến hết mùng 6 Tết" is read as its solar days
    # (12-22/02/2026) since the lunar calendar is computed; its gold calls the run vague
    "c": (0.99, 0.99, 0.99, 0.99, 0.98),
    "d": (0.99, 0.99, 0.95, 0.99, 0.99),
    "e": (0.99, 0.96, 0.99, 0.98, 0.98),
    "f": (0.99, 0.99, 0.99, 0.99, 0.99),
    "g": (0.97, 0.98, 0.99, 0.98, 0.99),
    "h": (0.99, 0.99, 0.99, 0.99, 0.98),
    "i": (0.99, 0.99, 0.97, 0.99, 0.99),
    "j": (0.99, 0.98, 0.99, 0.97, 0.97),
    "k": (0.99, 0.99, 0.99, 0.97, 0.99),
    "l": (0.98, 0.99, 0.97, 0.99, 0.98),
    "m": (0.99, 0.98, 0.99, 0.98, 0.97),
    "n": (0.97, 0.98, 0.98, 0.97, 0.98),
    # o's support: since employers ("người sử dụng lao động") are a body, "chỉ đạo công đoàn
    # cơ sở phối hợp với người sử dụng lao động" gives one partner o-10's gold leaves out; the
    # other sets list partners after "chỉ đạo X phối hợp với" as support (tried: 30 fell)
    "o": (0.98, 0.99, 0.96, 0.99, 0.99),
    "p": (0.97, 0.98, 0.97, 0.96, 0.97),
    "q": (0.99, 0.97, 0.96, 0.97, 0.96),
    "r": (0.99, 0.98, 0.99, 0.95, 0.96),
    "s": (0.98, 0.95, 0.99, 0.99, 0.97),
    "t": (0.99, 0.99, 0.99, 0.96, 0.98),
    "u": (0.98, 0.99, 0.94, 0.97, 0.98),
    "v": (0.99, 0.98, 0.99, 0.98, 0.99),
    "w": (0.99, 0.99, 0.99, 0.98, 0.98),
    "x": (0.97, 0.98, 0.98, 0.91, 0.99),  # x-08 #4 found (report: "thông báo cho")
    "y": (0.99, 0.99, 0.95, 0.96, 0.93),
    "z": (0.99, 0.99, 0.99, 0.99, 0.96),
    "aa": (0.98, 0.97, 0.95, 0.96, 0.95),  # aa-02 #9 found (report: "thông báo cho")
    "ab": (0.98, 0.97, 0.99, 0.96, 0.96),
    "ac": (0.98, 0.99, 0.98, 0.95, 0.94),
    "ad": (0.99, 0.93, 0.95, 0.99, 0.97),
    "ae": (0.99, 0.99, 0.98, 0.96, 0.95),
    "af": (0.97, 0.97, 0.93, 0.96, 0.95),
    "ag": (0.98, 0.99, 0.97, 0.99, 0.98),
    "ah": (0.99, 0.99, 0.97, 0.99, 0.97),
    "ai": (0.97, 0.94, 0.98, 0.95, 0.98),
    "aj": (0.97, 0.98, 0.98, 0.97, 0.96),
    "ak": (0.97, 0.95, 0.97, 0.92, 0.95),
    "al": (0.95, 0.96, 0.98, 0.93, 0.98),
    "am": (0.98, 0.99, 0.98, 0.99, 0.97),
    "an": (0.99, 0.97, 0.92, 0.94, 0.99),
    "ao": (0.98, 0.97, 0.99, 0.99, 0.95),
    "ap": (0.99, 0.92, 0.98, 0.96, 0.99),
    "aq": (0.98, 0.99, 0.95, 0.98, 0.97),
    "ar": (0.98, 0.99, 0.98, 0.93, 0.98),
    "as": (0.97, 0.94, 0.99, 0.96, 0.98),
    "at": (0.92, 0.99, 0.97, 0.92, 0.97),
    "au": (0.96, 0.97, 0.90, 0.98, 0.97),
    "av": (0.92, 0.90, 0.97, 0.93, 0.99),
    "aw": (0.97, 0.91, 0.99, 0.99, 0.99),
    "ax": (0.98, 0.97, 0.95, 0.99, 0.94),
    "ay": (0.98, 1.0, 0.99, 0.96, 0.98),
    "az": (0.91, 0.91, 0.98, 0.97, 0.98),
    "ba": (0.99, 0.97, 0.97, 0.99, 0.98),
    "bb": (0.98, 1.0, 0.98, 0.95, 0.97),
    "bc": (0.99, 0.95, 1.0, 0.99, 0.98),
    "bd": (0.96, 0.97, 0.99, 0.98, 0.94),
    "be": (0.98, 0.98, 1.0, 0.98, 0.95),
    "bf": (0.98, 0.94, 0.96, 0.99, 1.0),
    "bg": (0.97, 0.95, 0.98, 0.96, 1.0),
    "bh": (0.96, 0.94, 0.97, 1.0, 0.97),
    "bi": (0.98, 0.96, 0.97, 0.99, 0.98),
    "bj": (0.97, 0.93, 0.98, 0.96, 0.97),
    "bk": (0.96, 0.95, 0.97, 0.96, 0.94),
    "bl": (0.99, 0.95, 0.93, 0.98, 1.0),
    "bm": (0.99, 0.98, 0.96, 0.97, 1.0),
    "bn": (0.91, 0.97, 1.0, 0.96, 0.93),
    "bo": (0.97, 0.94, 0.98, 0.96, 0.97),
    "bp": (0.98, 0.97, 1.0, 0.96, 0.98),
    "bq": (0.96, 0.97, 0.98, 0.97, 1.0),
    "br": (0.99, 0.91, 0.97, 0.98, 1.0),
    "bs": (0.96, 0.95, 0.97, 0.91, 0.87),
    "bt": (0.97, 0.99, 0.97, 0.96, 0.87),
    "bu": (0.92, 0.99, 1.0, 0.96, 0.86),
    "bv": (0.98, 0.96, 0.98, 0.95, 0.97),
    "bw": (0.97, 0.94, 0.98, 0.98, 0.97),
    "bx": (0.99, 0.98, 0.98, 0.98, 0.97),
    "by": (0.98, 0.99, 0.96, 0.98, 0.97),
    "bz": (0.98, 0.97, 0.96, 0.98, 0.97),
    "ca": (0.99, 0.99, 1.0, 0.98, 0.98),
    "cb": (0.98, 0.91, 0.98, 0.94, 0.97),
    "cc": (0.99, 0.98, 0.98, 1.0, 0.98),
    "cd": (0.98, 0.92, 0.98, 0.98, 0.95),
    "ce": (0.99, 0.97, 0.96, 0.91, 0.91),
    "cf": (0.95, 0.99, 0.99, 0.98, 0.96),
    "cg": (0.98, 0.95, 0.95, 0.97, 0.98),
    "ch": (0.97, 0.99, 0.97, 0.96, 0.95),
    "ci": (0.96, 0.99, 1.0, 1.0, 0.98),
    "cj": (0.97, 0.99, 0.98, 1.0, 0.98),
    "ck": (0.98, 1.0, 0.98, 0.94, 0.97),
    "cl": (0.97, 0.97, 0.98, 0.98, 0.97),
    "cm": (0.98, 0.96, 0.98, 0.99, 0.92),
    "cn": (0.99, 0.98, 0.99, 0.98, 0.97),
    "co": (0.99, 0.99, 0.99, 0.98, 0.99),
    "cp": (0.99, 0.99, 0.99, 0.98, 0.99),
    "cq": (0.99, 0.98, 0.98, 0.97, 0.98),
    "cr": (0.99, 0.97, 0.97, 0.95, 0.99),
    "cs": (0.99, 0.96, 0.99, 0.97, 0.99),
    "ct": (0.98, 0.99, 0.97, 0.99, 0.99),
    "cu": (0.99, 0.97, 0.97, 0.98, 0.97),
    "cv": (0.99, 0.98, 0.98, 0.94, 0.95),
    "cw": (0.98, 0.95, 0.89, 0.91, 0.96),
    "cx": (0.97, 0.99, 0.97, 0.94, 0.99),
    "cy": (0.99, 0.91, 0.98, 0.94, 0.95),
    "cz": (0.97, 0.99, 0.97, 0.91, 0.92),
    "da": (0.99, 0.99, 0.99, 0.98, 0.98),
    "db": (0.98, 0.99, 0.98, 0.99, 0.98),
    "dc": (0.99, 0.95, 0.97, 0.99, 0.96),
    "dd": (0.97, 0.99, 0.97, 0.95, 0.99),
    "de": (0.98, 0.99, 0.99, 0.98, 0.99),
    "df": (0.99, 0.99, 0.98, 0.98, 0.99),
    "dg": (0.96, 0.96, 0.98, 0.97, 0.99),
    "dh": (0.99, 0.95, 0.99, 0.99, 0.97),
    "di": (0.97, 0.98, 0.96, 0.96, 0.94),
    "dj": (0.98, 0.99, 0.95, 0.95, 0.97),
    "dk": (0.98, 0.96, 0.97, 0.96, 0.98),
    "dl": (0.98, 0.94, 0.99, 0.95, 0.99),
    "dm": (0.99, 0.97, 0.95, 0.98, 0.98),
    "dn": (0.99, 0.99, 0.97, 0.93, 0.99),
    "do": (0.99, 0.98, 0.97, 0.94, 0.97),
    "dp": (0.99, 0.96, 0.99, 0.98, 0.99),
    "dq": (0.97, 0.98, 0.97, 0.97, 0.94),
    "dr": (0.98, 0.98, 1.0, 0.94, 0.96),
    "ds": (0.99, 0.99, 0.95, 0.97, 0.99),
    "dt": (1.0, 0.99, 0.99, 0.97, 0.97),
    "du": (1.0, 1.0, 0.99, 0.99, 0.99),
    "dv": (0.98, 1.0, 0.97, 0.95, 0.97),
    "dw": (0.99, 0.99, 0.97, 0.97, 1.0),
    "dx": (0.99, 0.93, 0.94, 0.92, 0.96),
    "dy": (0.98, 0.99, 0.97, 0.96, 0.97),
    "dz": (0.99, 1.0, 0.98, 0.97, 1.0),
    "ea": (0.99, 0.99, 1.0, 0.96, 1.0),
    "eb": (0.99, 0.99, 0.99, 0.99, 0.99),
    "ec": (0.99, 1.0, 0.97, 0.98, 1.0),
    "ed": (0.98, 1.0, 0.99, 0.96, 0.96),
    "ee": (0.98, 0.96, 0.98, 0.97, 0.97),
    "ef": (0.97, 0.98, 0.97, 0.97, 0.97),
    "eg": (1.0, 0.99, 1.0, 0.99, 0.99),
    "eh": (0.99, 1.0, 0.99, 0.98, 0.97),
    "ei": (0.98, 0.99, 1.0, 0.98, 0.98),
    "ej": (0.98, 0.97, 0.98, 0.92, 0.98),
    "ek": (0.99, 1.0, 0.98, 1.0, 0.97),
    "el": (0.96, 1.0, 0.94, 0.95, 0.98),
    "em": (1.0, 0.99, 0.93, 0.96, 0.97),
    "en": (1.0, 0.99, 0.99, 0.99, 0.99),
    "eo": (1.0, 0.99, 1.0, 0.98, 1.0),
    "ep": (0.98, 0.96, 1.0, 0.94, 0.98),
    "eq": (0.99, 1.0, 0.97, 0.99, 0.98),
    "er": (0.99, 0.99, 0.97, 0.86, 0.96),
    "es": (1.0, 0.94, 0.98, 0.99, 0.97),
    "et": (0.98, 0.95, 0.98, 0.96, 0.96),
    "eu": (0.98, 0.95, 1.0, 0.95, 0.93),
    "ev": (0.99, 1.0, 1.0, 0.99, 0.98),
    "ew": (0.98, 0.97, 0.98, 0.97, 0.96),
    "ex": (1.0, 1.0, 0.95, 0.99, 0.97),
    "ey": (1.0, 0.95, 0.97, 0.95, 0.98),
    "ez": (1.0, 0.98, 0.96, 0.97, 0.98),
    "fa": (0.98, 0.98, 0.97, 0.98, 0.98),
    "fb": (0.99, 0.96, 0.97, 0.98, 0.99),
    "fc": (0.99, 0.95, 0.98, 0.92, 0.99),
    "fd": (0.98, 1.0, 1.0, 1.0, 0.98),
    "fe": (0.98, 0.97, 0.97, 0.94, 0.99),
    "ff": (0.98, 0.98, 0.95, 0.96, 0.99),
    "fg": (0.97, 0.96, 0.99, 0.97, 0.96),
    "fh": (0.97, 0.95, 1.0, 0.94, 0.96),
    "fi": (0.97, 0.96, 0.97, 0.93, 0.96),
    "fj": (0.97, 0.98, 0.9, 0.93, 0.98),
    "fk": (1.0, 1.0, 0.99, 0.96, 1.0),
    "fl": (1.0, 1.0, 0.97, 0.99, 0.98),
    "fm": (1.0, 1.0, 0.98, 0.96, 1.0),
    "fn": (0.99, 1.0, 1.0, 0.96, 0.98),
    "fo": (1.0, 0.99, 0.99, 0.99, 0.98),
    "fp": (0.99, 0.99, 1.0, 0.97, 0.96),
    "fq": (0.99, 0.96, 0.96, 0.97, 1.0),
    "fr": (0.98, 0.94, 0.93, 0.98, 0.97),
    "fs": (0.99, 1.0, 1.0, 0.99, 0.95),
    "ft": (0.99, 0.99, 0.98, 0.94, 0.98),
    "fu": (1.0, 0.97, 0.98, 1.0, 0.97),
    "fv": (0.98, 0.98, 0.98, 0.93, 1.0),
    "fw": (0.99, 1.0, 0.96, 0.97, 1.0),
    "fx": (0.99, 0.98, 0.94, 1.0, 0.97),
    "fy": (0.99, 0.95, 0.96, 0.96, 0.99),
    "fz": (0.99, 0.98, 0.95, 0.94, 0.95),
    "ga": (0.99, 0.96, 1.0, 0.99, 0.98),
    "gb": (1.0, 1.0, 0.99, 0.99, 0.98),
    "gc": (1.0, 1.0, 1.0, 0.98, 0.98),
    "gd": (0.98, 0.98, 1.0, 0.92, 0.96),
    "ge": (0.98, 0.99, 0.99, 0.97, 0.97),
    "gf": (0.99, 0.99, 0.92, 0.94, 0.99),
    "gg": (0.98, 0.98, 0.98, 0.98, 0.96),
    "gh": (0.98, 1.0, 0.99, 0.98, 0.98),
    "gi": (0.98, 0.98, 0.98, 1.0, 0.98),
    "gj": (0.98, 1.0, 0.98, 0.99, 0.99),
    "gk": (0.99, 0.99, 0.99, 0.98, 0.98),
    "gl": (0.99, 0.98, 0.95, 0.98, 0.98),
    "gm": (0.99, 1.0, 0.98, 0.99, 1.0),
    "gn": (0.99, 0.98, 0.98, 0.95, 0.98),
    "go": (0.99, 0.99, 0.99, 0.95, 0.98),
    # gp's gold takes a Quy chế's procedure articles ("Sở X cấp ... trong thời hạn 02 ngày")
    # for work, which the pool's other Quy chế (o-04, v-04, al-09, bk-04) do not
    "gp": (0.88, 0.96, 0.98, 0.98, 0.96),
    "gq": (0.98, 1.0, 0.98, 1.0, 0.97),
    "gr": (0.99, 1.0, 1.0, 0.98, 0.99),
    "gs": (0.99, 0.97, 1.0, 0.98, 0.99),
    "gt": (0.97, 0.99, 1.0, 0.97, 0.97),
    "gu": (0.98, 0.93, 0.97, 0.98, 0.96),
    "gv": (0.99, 0.97, 0.99, 0.96, 0.93),
    "gw": (0.96, 0.99, 0.98, 0.96, 0.98),
    "gx": (0.96, 0.96, 0.98, 0.98, 1.0),
    "gy": (0.98, 0.97, 0.99, 0.99, 0.99),
    "gz": (0.99, 0.93, 0.98, 0.99, 0.97),
    "ha": (0.97, 0.96, 1.0, 1.0, 0.98),
    "hb": (0.97, 0.96, 1.0, 0.93, 0.96),
    "hc": (0.97, 0.94, 1.0, 1.0, 0.99),
    "hd": (0.96, 1.0, 0.96, 0.98, 0.98),
    "he": (0.98, 0.97, 0.93, 0.98, 0.95),
    "hf": (1.0, 0.99, 0.96, 0.95, 0.96),
    "hg": (1.0, 0.96, 0.96, 1.0, 0.99),
    "hh": (0.98, 0.96, 0.99, 0.95, 0.97),
    "hi": (0.94, 1.0, 0.97, 0.95, 0.99),
    "hj": (0.97, 1.0, 0.98, 0.97, 0.98),
    "hk": (0.98, 1.0, 1.0, 0.98, 0.97),
    "hl": (0.98, 1.0, 0.99, 1.0, 0.99),
    "hm": (0.97, 1.0, 1.0, 0.99, 0.96),
    "hn": (0.95, 0.96, 1.0, 0.96, 1.0),
    "ho": (1.0, 1.0, 1.0, 0.99, 0.96),
    "hp": (1.0, 0.98, 1.0, 0.99, 0.97),
    "hq": (0.99, 1.0, 0.99, 0.97, 0.98),
    "hr": (1.0, 1.0, 1.0, 1.0, 1.0),
    "hs": (0.97, 0.99, 0.99, 0.97, 0.97),
    "ht": (0.99, 1.0, 0.98, 0.98, 0.99),
    "hu": (0.99, 0.98, 1.0, 1.0, 0.98),
    "hv": (0.98, 0.99, 1.0, 0.99, 0.98),
    "hw": (0.99, 0.97, 0.98, 0.98, 0.98),
    "hx": (0.97, 0.98, 1.0, 0.99, 0.98),
    "hy": (0.96, 0.97, 1.0, 0.99, 0.98),
    "hz": (0.99, 0.99, 1.0, 0.96, 0.97),
    "ia": (0.97, 0.97, 0.98, 0.96, 0.96),
    "ib": (0.98, 0.99, 0.98, 0.98, 0.99),
    "ic": (1.0, 1.0, 0.97, 0.99, 0.99),
    "id": (0.98, 0.98, 1.0, 0.99, 0.99),
    "ie": (0.95, 0.91, 0.96, 0.96, 0.96),
    "if": (0.96, 1.0, 1.0, 0.82, 1.0),
    "ig": (0.98, 0.97, 0.99, 0.98, 0.91),
    "ih": (0.98, 0.94, 0.99, 0.95, 0.97),
    "ii": (0.99, 0.99, 0.95, 0.99, 0.97),
    "ij": (0.93, 0.95, 1.0, 0.94, 0.98),
    "ik": (0.98, 1.0, 1.0, 1.0, 1.0),
    "il": (0.98, 0.97, 0.98, 0.97, 0.99),
    "im": (0.98, 0.93, 1.0, 0.98, 0.98),
    "in": (0.95, 0.92, 0.94, 0.96, 1.0),
    "io": (0.89, 0.97, 0.88, 0.97, 0.92),
    "ip": (0.96, 0.95, 0.9, 0.94, 0.96),
    "iq": (1.0, 0.97, 0.99, 0.98, 0.99),
    "ir": (0.97, 1.0, 1.0, 1.0, 0.97),
    "is": (0.95, 0.97, 0.96, 1.0, 1.0),
    "it": (0.97, 0.9, 0.98, 0.95, 0.97),
    "iu": (0.98, 0.99, 1.0, 0.95, 0.98),
    "iv": (0.94, 1.0, 0.97, 1.0, 0.97),
    "iw": (0.97, 0.98, 0.91, 0.95, 0.99),
    "ix": (0.97, 0.99, 1.0, 0.99, 0.93),
}
# per folder, when a field may score below 1.000
FIELD_FLOORS: dict[str, float] = {"m": 0.9, "s": 0.9, "al": 0.9, "ap": 0.9, "bi": 0.9, "bu": 0.9,
                                   "cc": 0.9, "ce": 0.9,
                                   "et": 0.9,  # et-08's place is a ward named by a number
                                   "fj": 0.9}  # and fj-05's a commune ("Đam Rông 3")


def test_every_fresh_folder_has_its_floors():
    assert sorted(p.name for p in FRESH.iterdir() if p.is_dir()) == sorted(FLOORS)


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_fresh_documents_keep_their_scores(folder: str):
    (result,) = evaluate(FRESH / folder, ("txt",), mode="rules")
    t = result.totals
    scores = (t.task_f1, t.lead_accuracy, t.support_f1, t.report_to_f1, t.deadline_accuracy)
    assert all(s >= floor for s, floor in zip(scores, FLOORS[folder], strict=True)), scores
    assert not result.errors
    floor = FIELD_FLOORS.get(folder, 1.0)
    assert all(value >= floor for value in t.fields.values()), t.fields
