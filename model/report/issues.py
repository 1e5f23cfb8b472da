"""Validation messages: the words of every `model.scenario.Issue` code, Vietnamese and English.

Apart from `model.report.strings` because the core asks for them: a `ScenarioError` is printed
in words wherever it is raised (CLI, app, notebook), and `model.scenario` may import this module,
which imports nothing of the model, without tying the core to the rest of the presentation
layer. `strings` re-exports both names.
"""

from __future__ import annotations

import re

from typing import Any

# Validation messages (`model.scenario.Issue` codes). {path} is where, the rest its parameters.
ISSUES: dict[str, tuple[str, str]] = {
    "unknown_key_hint": ("{path}: khóa không xác định; có phải ý bạn là «{hint}»?", "{path}: unknown key; did you mean '{hint}'?"),
    "unknown_key": ("{path}: khóa không xác định; các khóa được phép: {allowed}", "{path}: unknown key; allowed: {allowed}"),
    "not_number": ("{path}: {value} không phải số; viết tỷ lệ dạng phân số mỗi năm, ví dụ 0.05 cho 5 %",
                   "{path}: {value} is not a number; write a fraction per year, e.g. 0.05 for 5 %"),
    "rate_text": ("{path} = {value}: là chữ trong ngoặc kép, không phải số; viết {key} = {hint} (không ngoặc kép, "
                  "dấu chấm thập phân, tỷ lệ dạng phân số mỗi năm)",
                  "{path} = {value}: text in quotes, not a number; write {key} = {hint} (no quotes, a decimal point, "
                  "a rate as a fraction per year)"),
    "toml_decimal_comma": ("dòng {line}: «{found}» viết số bằng dấu phẩy thập phân; tệp TOML viết số bằng dấu chấm: "
                           "{fixed} (tỷ lệ là phân số mỗi năm: 8,5 % viết 0.085)",
                           "line {line}: '{found}' writes a number with a decimal comma; a TOML file writes numbers "
                           "with a point: {fixed} (a rate is a fraction per year: 8.5 % is 0.085)"),
    "toml_percent": ("dòng {line}: «{found}»: tệp TOML không viết dấu %; tỷ lệ là phân số mỗi năm: viết {fixed}",
                     "line {line}: '{found}': a TOML file has no % sign; a rate is a fraction per year: write {fixed}"),
    "not_finite": ("{path}: {value} không phải số hữu hạn; viết tỷ lệ dạng phân số mỗi năm",
                   "{path}: {value} is not a finite number; write a fraction per year"),
    "rate_percent": ("{path} = {value}: tỷ lệ viết dạng phân số mỗi năm (có phải ý bạn là {hint}?)",
                     "{path} = {value}: a rate is a fraction per year (did you mean {hint}?)"),
    "rate_range": ("{path} = {value}: ngoài khoảng chấp nhận {lo} đến {hi} (phân số mỗi năm)",
                   "{path} = {value}: outside the accepted range {lo} to {hi} (fraction per year)"),
    "empty_rate_table": ("{path}: bảng rỗng; ghi một số hoặc các cặp năm = tỷ lệ, ví dụ {{ 2026 = 0.10, 2030 = 0.08 }}",
                         "{path}: empty table; give a number or year = rate pairs, e.g. {{ 2026 = 0.10, 2030 = 0.08 }}"),
    "rate_year_key": ("{path}: {key} không phải năm từ {lo} đến {hi}; khóa của bảng tỷ lệ là năm (chữ số 0–9)",
                      "{path}: {key} is not a year from {lo} to {hi}; keys of a rate table are years (digits 0–9)"),
    "not_year": ("{path}: {value} không phải năm; viết số nguyên, ví dụ 2030",
                 "{path}: {value} is not a year; write a whole number, e.g. 2030"),
    "year_range": ("{path} = {value}: phải là năm từ {lo} đến {hi}", "{path} = {value}: must be a year from {lo} to {hi}"),
    "horizon_after": ("{path} = {value}: phải sau năm thực tế cuối cùng {start}; đặt năm cuối từ {next} đến {max}",
                      "{path} = {value}: must come after the last actual year {start}; set a horizon from {next} to {max}"),
    "missing_text": ('{path}: thiếu; thêm {key} = "..."', '{path}: missing; add {key} = "..."'),
    "empty_text": ('{path}: đang để trống; ghi nội dung, ví dụ {key} = "Kịch bản của tôi"',
                   '{path}: empty; write something, e.g. {key} = "My scenario"'),
    "not_text": ("{path}: {value} không phải văn bản; đặt trong dấu ngoặc kép", "{path}: {value} is not text; put it in quotes"),
    "text_too_long": ("{path}: dài {n} ký tự, tối đa {max}; viết ngắn lại", "{path}: {n} characters long, at most {max}; shorten it"),
    "text_control": ("{path} = {value}: có ký tự điều khiển (xuống dòng, tab...) ở ký tự thứ {at}; viết trên một dòng",
                     "{path} = {value}: contains a control character (newline, tab...) at character {at}; write it on "
                     "one line"),
    "text_bidi": ("{path} = {value}: có ký tự ẩn điều khiển hướng chữ (U+202A–U+202E, U+2066–U+2069) ở ký tự "
                  "thứ {at}, làm đảo thứ tự chữ khi hiển thị; xóa ký tự đó",
                  "{path} = {value}: contains a hidden text-direction control (U+202A–U+202E, U+2066–U+2069) at "
                  "character {at}, which reorders the text as shown; remove it"),
    "text_surrogate": ("{path} = {value}: có mã không phải ký tự Unicode hợp lệ (nửa cặp thay thế U+D800–U+DFFF) ở "
                       "ký tự thứ {at}; xóa mã đó",
                       "{path} = {value}: contains a code that is not a valid Unicode character (half a surrogate "
                       "pair, U+D800–U+DFFF) at character {at}; remove it"),
    "bad_name": ("{path} = {value}: dùng 1–{max} chữ cái không dấu, chữ số, '_' hoặc '-', không có dấu cách "
                 "(tên dùng để đặt tên tệp), ví dụ \"{hint}\"; tiêu đề có dấu ghi ở title_vi",
                 "{path} = {value}: use 1–{max} letters without accents, digits, '_' or '-', no spaces "
                 "(it names output files), e.g. \"{hint}\"; the title with accents goes in title_vi"),
    "missing_meta": ("{path}: thiếu bảng; thêm [meta] với name, title_vi và horizon",
                     "{path}: missing table; add [meta] with name, title_vi and horizon"),
    "meta_not_table": ("{path}: phải là bảng [meta] với name, title_vi và horizon, không phải một giá trị",
                       "{path}: must be a table [meta] with name, title_vi and horizon, not a single value"),
    "missing_horizon": ("{path}: thiếu; thêm horizon = 2030 (năm cuối dự báo, tối đa {max})",
                        "{path}: missing; add horizon = 2030 (last projected year, up to {max})"),
    "missing_population": ("{path}: thiếu bảng; thêm [population] với growth = 0.006 (phân số mỗi năm, như giả định "
                           "của kịch bản cơ sở)",
                           "{path}: missing table; add [population] with growth = 0.006 (a fraction per year, as the "
                           "baseline assumes)"),
    "missing_population_growth": ("{path}: thiếu; thêm growth = 0.006 (phân số mỗi năm, như giả định của kịch bản cơ sở)",
                                  "{path}: missing; add growth = 0.006 (a fraction per year, as the baseline assumes)"),
    "population_not_table": ("{path}: phải là bảng [population] với growth = 0.006 (phân số mỗi năm, như giả định "
                             "của kịch bản cơ sở), không phải một giá trị",
                             "{path}: must be a table [population] with growth = 0.006 (a fraction per year, as the "
                             "baseline assumes), not a single value"),
    "sectors_not_table": ("{path}: phải là các bảng [sectors.<id>], mỗi ngành một bảng, không phải một giá trị",
                          "{path}: must be tables [sectors.<id>], one for each sector, not a single value"),
    "partial_file": ("tệp kịch bản ghi đủ mọi giả định (dân số và bốn ngành), không lấy phần thiếu từ kịch bản cơ "
                     "sở: chép {example} (hoặc tải tệp của kịch bản đang mở ở thanh bên của ứng dụng, nút «Tải tệp "
                     "kịch bản (TOML)») rồi chỉ sửa những gì khác",
                     "a scenario file states every assumption (population and the four sectors); it does not take "
                     "what is missing from the baseline: copy {example} (or download the open scenario's file from "
                     "the app's sidebar, button \"Download the scenario (TOML)\") and change only what differs"),
    "missing_sector": ("{path}: thiếu; thêm [{path}] với growth = {growth} và inflation = {inflation} (phân số mỗi năm, "
                       "theo số liệu của ngành: tăng trưởng {g_since}–{until} như kịch bản cơ sở, mức tăng chỉ số giảm "
                       "phát {p_since}–{until})",
                       "{path}: missing; add [{path}] with growth = {growth} and inflation = {inflation} (fractions per "
                       "year, the sector's record: its growth over {g_since}–{until} as the baseline takes it, its "
                       "deflator's change over {p_since}–{until})"),
    "sector_not_table": ("{path}: phải là bảng [{path}], không phải một giá trị; ghi growth = {growth} và inflation = "
                         "{inflation} trong bảng đó (phân số mỗi năm, theo số liệu của ngành: tăng trưởng {g_since}–{until} "
                         "như kịch bản cơ sở, mức tăng chỉ số giảm phát {p_since}–{until})",
                         "{path}: must be a table [{path}], not a single value; write growth = {growth} and inflation = "
                         "{inflation} in it (fractions per year, the sector's record: its growth over {g_since}–{until} as "
                         "the baseline takes it, its deflator's change over {p_since}–{until})"),
    "missing_driver": ("{path}: thiếu; thêm growth = {growth} (phân số mỗi năm: tăng trưởng thực bình quân năm của ngành "
                       "giai đoạn {g_since}–{until}, không kể phần của các dự án có tên, như kịch bản cơ sở) hoặc "
                       "investment = {investment} (phân số của GRDP: vốn đầu tư ngoài các dự án đạt xấp xỉ mức tăng trưởng "
                       "đó với ICOR trung tâm {icor})",
                       "{path}: missing; add growth = {growth} (a fraction per year: the sector's real growth a year "
                       "in {g_since}–{until}, its named projects' part aside, as the baseline takes it) or "
                       "investment = {investment} (a fraction of GRDP: the investment besides the projects that buys about "
                       "that growth at the central ICOR, {icor})"),
    "investment_not_here": ("{path}: thuế sản phẩm không có vốn riêng nên không thể tính theo vốn đầu tư; ghi growth (ngành được phép: {allowed})",
                            "{path}: product taxes have no capital of their own, so investment cannot drive them; give growth (allowed for: {allowed})"),
    "priorities_not_table": ("{path}: phải là một bảng mục tiêu = trọng số, ví dụ {{ grdp_growth_avg = 10 }}",
                             "{path}: must be a table of target = weight, e.g. {{ grdp_growth_avg = 10 }}"),
    "growth_and_investment": ("{path}: ghi growth hoặc investment, không ghi cả hai (investment quyết định tăng trưởng)",
                              "{path}: give growth or investment, not both (investment sets the growth)"),
    "missing_inflation": ("{path}: thiếu; thêm inflation = {inflation} (phân số mỗi năm: chỉ số giảm phát của ngành tăng "
                          "bình quân như vậy mỗi năm giai đoạn {p_since}–{until})",
                          "{path}: missing; add inflation = {inflation} (a fraction per year: the sector's deflator rose "
                          "that much a year on average in {p_since}–{until})"),
    "missing_rate": ("{path}: thiếu; thêm {kind} = {growth} (phân số mỗi năm: tăng trưởng thực bình quân năm của ngành "
                     "giai đoạn {g_since}–{until}, như kịch bản cơ sở)",
                     "{path}: missing; add {kind} = {growth} (a fraction per year: the sector's real growth a year "
                     "in {g_since}–{until}, as the baseline takes it)"),
    "not_list": ('{path}: {value} không phải danh sách tên; viết ví dụ ["{example}"]',
                 '{path}: {value} is not a list of names; write e.g. ["{example}"]'),
    "unknown_name_hint": ("{path} = {value}: tên không xác định; có phải ý bạn là «{hint}»?",
                          "{path} = {value}: unknown name; did you mean '{hint}'?"),
    "unknown_name": ("{path} = {value}: tên không xác định; các tên được phép: {allowed}",
                     "{path} = {value}: unknown name; allowed: {allowed}"),
    "duplicate_name": ("{path} = {value}: có hai lần; mỗi tên chỉ ghi một lần", "{path} = {value}: listed twice; name each once"),
    "empty_list": ("{path}: danh sách rỗng; ghi ít nhất một tên, hoặc bỏ khóa này để dùng mặc định",
                   "{path}: empty list; name at least one, or leave the key out for the default"),
    "solve_not_table": ("{path}: phải là bảng [solve]", "{path}: must be a table [solve]"),
    "bad_choice": ("{path} = {value}: dùng một trong {allowed}", "{path} = {value}: use one of {allowed}"),
    "bad_smoothness": ("{path} = {value}: dùng số từ {lo} đến {hi}", "{path} = {value}: use a number from {lo} to {hi}"),
    "bounds_not_table": ("{path}: phải là bảng [solve.bounds.<ngành>] với min và max",
                         "{path}: must be a table of [solve.bounds.<sector>] with min and max"),
    "bound_not_table": ("{path}: phải là bảng [{path}] với min và max", "{path}: must be a table [{path}] with min and max"),
    "priority_unchosen": ("{path}: mục tiêu này không được chọn để giải (các mục tiêu: {chosen}); thêm nó vào "
                          "solve.targets hoặc bỏ trọng số này",
                          "{path}: this target is not among those solved for ({chosen}); add it to solve.targets or "
                          "remove this weight"),
    "bound_swap": ("{path}: min {lo} lớn hơn max {hi}; đổi chỗ hai giá trị", "{path}: min {lo} is above max {hi}; swap them"),
    "not_toml": ("không phải TOML hợp lệ (dòng {line}, cột {col}): {detail}. Kiểm tra dấu ngoặc, dấu bằng và dấu ngoặc kép ở dòng đó",
                 "not valid TOML (line {line}, column {col}): {detail}. Check the brackets, equals signs and quotes on that line"),
    "too_deep": ("các bảng lồng nhau quá sâu ({depth} tầng, tối đa {max}); một kịch bản chỉ cần 3 tầng",
                 "tables nested too deeply ({depth} levels, at most {max}); a scenario needs 3"),
    "too_many_keys": ("quá nhiều khóa ({n}, tối đa {max}); một kịch bản chỉ có vài chục khóa",
                      "too many keys ({n}, at most {max}); a scenario has a few dozen"),
    "too_large": ("tệp quá lớn ({n} byte, tối đa {max}); một kịch bản chỉ vài KB",
                  "the file is too large ({n} bytes, at most {max}); a scenario is a few KB"),
    "not_regular": ("không phải tệp thông thường (thư mục, thiết bị hoặc đường ống); chọn một tệp .toml",
                    "not a regular file (a folder, device or pipe); choose a .toml file"),
    "not_regular_save": ("là thư mục, thiết bị hoặc đường ống; ghi đường dẫn của một tệp .toml",
                         "a folder, device or pipe; give the path of a .toml file to write"),
    "path_blocked": ("không tạo được tệp ở đây (một phần đường dẫn là tệp, hoặc nơi này không nhận tệp); "
                       "chọn thư mục khác",
                       "cannot create a file here (part of the path is a file, or the place takes no files); "
                       "choose another folder"),
    "write_denied": ("không có quyền ghi vào đây; chọn thư mục khác", "no permission to write here; choose another folder"),
    "cannot_write": ("không ghi được tệp ({reason})", "cannot write the file ({reason})"),
    "cannot_read": ("không đọc được tệp ({reason})", "cannot read the file ({reason})"),
    "file_missing": ("không có tệp này; kiểm tra tên tệp và thư mục (python -m model workspace liệt kê kho kịch bản)",
                     "no such file; check the file's name and folder (python -m model workspace lists the workspace)"),
    "file_denied": ("không có quyền đọc tệp này; xin quyền đọc hoặc chép tệp sang chỗ khác",
                    "no permission to read this file; ask for read access or copy it elsewhere"),
    "not_utf8": ("không phải văn bản UTF-8; lưu tệp dạng UTF-8", "not UTF-8 text; save the file as UTF-8"),
    "not_number_plain": ("{path}: {value} không phải số", "{path}: {value} is not a number"),
    "number_range": ("{path} = {value}: ngoài khoảng {lo} đến {hi}", "{path} = {value}: outside {lo} to {hi}"),
    "projects_not_table": ("{path}: phải là các bảng [projects.<mã>]", "{path}: must be [projects.<id>] tables"),
    "too_many_projects": ("{path}: {n} dự án, tối đa {max}", "{path}: {n} projects, at most {max}"),
    "bad_project_id": ("{path}: mã dự án dùng chữ, số, '_' hoặc '-'", "{path}: a project id uses letters, digits, '_' or '-'"),
    "reserved_project_id": ("{path}: {value} là tên một cột của bảng vốn ({columns}); đặt mã khác, ví dụ {hint}",
                            "{path}: {value} names a column of the capital table ({columns}); choose another id, e.g. {hint}"),
    "project_not_table": ("{path}: phải là bảng [{path}] với on, delay, scale", "{path}: must be a table [{path}] with on, delay, scale"),
    "not_bool": ("{path}: {value} phải là true hoặc false", "{path}: {value} must be true or false"),
    "bad_delay": ("{path} = {value}: số năm lùi tiến độ là số nguyên từ 0 đến {max}",
                  "{path} = {value}: a delay is a whole number of years from 0 to {max}"),
    "unknown_project_hint": ("{path}: không có dự án nào mã {value}; có phải ý bạn là «{hint}»? (Một dự án mới cần "
                             "thêm name_vi, sector, first_year và va)",
                             "{path}: no shipped project has the id {value}; did you mean '{hint}'? (A project of "
                             "your own also needs name_vi, sector, first_year and va)"),
    "unknown_project": ("{path}: không có dự án nào mã {value}; các dự án có sẵn: {shipped}. Một dự án mới cần thêm "
                        "name_vi, sector, first_year và va",
                        "{path}: no shipped project has the id {value}; the shipped ones: {shipped}. A project of "
                        "your own also needs name_vi, sector, first_year and va"),
    "missing_project_field": ("{path}: thiếu; một dự án mới cần name_vi, sector, first_year và va",
                              "{path}: missing; a project of your own needs name_vi, sector, first_year and va"),
    "bad_sector": ("{path} = {value}: không phải ngành của mô hình; dùng {allowed} (ví dụ «{hint}»)",
                   "{path} = {value}: not a sector of the model; use {allowed} (e.g. '{hint}')"),
    "bad_ramp": ("{path} = {value}: lộ trình đạt công suất là danh sách 1–10 tỷ lệ tăng dần trong (0, 1], ví dụ [0.5, 1.0]",
                 "{path} = {value}: a ramp is a list of 1–10 rising fractions in (0, 1], e.g. [0.5, 1.0]"),
    "bad_capex_table": ("{path}: phải là bảng năm = tỷ đồng, ví dụ {{ 2026 = 3000 }}",
                        "{path}: must be a table of year = billion VND, e.g. {{ 2026 = 3000 }}"),
    "negative_capex": ("{path} = {value}: vốn đầu tư không thể âm", "{path} = {value}: capital spending cannot be negative"),
    "bad_sources": ("{path}: phải là bảng {{ state = …, nonstate = …, fdi = … }}",
                    "{path}: must be a table {{ state = …, nonstate = …, fdi = … }}"),
    "sources_sum": ("{path}: tỷ lệ các nguồn cộng lại {total}, phải bằng 1", "{path}: the source shares sum to {total}; they must sum to 1"),
    "operation_before_construction": ("{path} = {value}: dự án vận hành trước năm bỏ vốn đầu tiên {start}; lùi năm vận hành hoặc sửa vốn",
                                      "{path} = {value}: operation starts before the first year of capital spending {start}; move one of them"),
    "bad_vintage": ("{path} = {value}: lần cập nhật số liệu viết dạng \"2026-03\" (năm-tháng)",
                    "{path} = {value}: a data vintage is written \"2026-03\" (year-month)"),
    "bad_answers": ("{path}: phải là bảng (tối đa 20) mã chỉ tiêu = số, do chương trình ghi",
                    "{path}: must be a table (at most 20) of target id = number, as the package writes it"),
    "targets_not_table": ("{path}: phải là bảng [targets] với set = \"<mã bộ mục tiêu>\" (python -m model targets liệt kê)",
                          "{path}: must be a [targets] table with set = \"<target set id>\" (python -m model targets lists them)"),
    "industry_not_table": ("{path}: phải là bảng [industry] với manufacturing_share",
                           "{path}: must be a table [industry] with manufacturing_share"),
    "more_issues": ("... và {n} lỗi khác (sửa các lỗi trên trước)", "... and {n} more problems (fix the ones above first)"),
}


# Solve requests that cannot be posed (`model.solver.SolverError` codes): the CLI's flags, the
# [solve] table, the Solve page's choices. Names and values stay as they are typed.
SOLVER: dict[str, tuple[str, str]] = {
    "text": ("{text}", "{text}"),   # already worded by the caller, in the reader's language
    "bad_approx": ("approx = {value}: dùng 'band' (trong khoảng sai số) hoặc 'equal' (đúng bằng)",
                   "approx = {value}: use 'band' or 'equal'"),
    "unknown_set": ("bộ mục tiêu {value} không xác định; các bộ có: {allowed}",
                    "unknown target set {value}; known: {allowed}"),
    "unknown_target": ("mục tiêu {value} không xác định; các mục tiêu giải được: {allowed}",
                       "unknown target {value}; solvable: {allowed}"),
    "target_not_modelled": ("mục tiêu {value} chưa được mô hình hóa nên không giải được; các mục tiêu giải được: {allowed}",
                            "target {value} is not modelled, so it cannot be solved for; solvable: {allowed}"),
    "bad_method": ("method = {value}: dùng một trong {allowed}", "method = {value}: use one of {allowed}"),
    "bounds_swapped": ("solve.bounds.{sector}: min {lo} lớn hơn max {hi} (phân số mỗi năm); đổi chỗ hai giá trị",
                       "solve.bounds.{sector}: min {lo} is above max {hi} (fractions per year); swap them"),
    "short_horizon": ("năm cuối {value} trước năm {year}: mục tiêu là của năm {year}; đặt meta.horizon từ {year} trở đi",
                      "the horizon {value} ends before {year}: targets are for {year}; set meta.horizon to {year} or later"),
    "nothing_to_solve": ("không có gì để giải: {year} đã là năm thực tế", "nothing to solve: {year} is an actual year"),
    "base_not_actual": ("mục tiêu {value} được đo từ năm {year}, không phải năm thực tế",
                        "target {value} is measured from {year}, which is not an actual year"),
    "unknown_free": ("ngành được điều chỉnh {value} không xác định; dùng {allowed}",
                     "free sector {value} is unknown; use {allowed}"),
    "no_targets": ("chưa chọn mục tiêu nào: chọn ít nhất một (mặc định của bộ mục tiêu: {allowed})",
                   "no target chosen: choose at least one (the target set's defaults: {allowed})"),
    "no_free": ("chưa chọn ngành nào: chọn ít nhất một ngành để bộ giải đặt tốc độ tăng trưởng",
                "no free sector: choose at least one sector whose growth the solver may set"),
    "bounds_unknown": ("giới hạn cho ngành không xác định {value}; dùng {allowed}",
                       "bounds for unknown sector {value}; use {allowed}"),
    "bounds_range": ("giới hạn của {sector} = ({lo}, {hi}): cần {min} ≤ min ≤ max ≤ {max} (phân số mỗi năm)",
                     "bounds for {sector} = ({lo}, {hi}): need {min} ≤ min ≤ max ≤ {max} (fractions per year)"),
    "bad_smoothness": ("smoothness = {value}: dùng một số ≥ 0", "smoothness = {value}: use a number ≥ 0"),
    "bounds_pair": ("giới hạn của {sector} = {value}: cần một cặp (min, max), phân số mỗi năm; None cho phía lấy mặc định",
                    "bounds for {sector} = {value}: need a pair (min, max), fractions per year; None for a side "
                    "that takes its default"),
    "target_twice": ("mục tiêu {value} được chọn hai lần; chọn mỗi mục tiêu một lần",
                     "target {value} is chosen twice; choose each once"),
    "bad_investment_cap": ("investment_cap = {value}: trần vốn đầu tư tính bằng % GRDP, từ {lo} đến {hi}",
                           "investment_cap = {value}: the investment cap is a percent of GRDP, from {lo} to {hi}"),
    "investment_cap_fraction": ("investment_cap = {value}: trần vốn đầu tư tính bằng % GRDP, từ {lo} đến {hi} "
                                "(có phải ý bạn là {hint}?)",
                                "investment_cap = {value}: the investment cap is a percent of GRDP, from {lo} to {hi} "
                                "(did you mean {hint}?)"),
    "bad_taxes": ("taxes = {value}: dùng 'follow' (theo cơ sở thuế) hoặc 'held' (giữ nguyên)",
                  "taxes = {value}: use 'follow' or 'held'"),
    "bad_prices": ("prices: {value} không phải ngành hoặc bị ghi hai lần; dùng {allowed}",
                   "prices: {value} is not a sector, or is listed twice; use {allowed}"),
    "bad_priority": ("ưu tiên {value} = {weight}: cho trọng số từ {lo} đến {hi}",
                     "priority {value} = {weight}: give a weight from {lo} to {hi}"),
    "priority_not_solved": ("ưu tiên {value}: mục tiêu này không được chọn để giải (các mục tiêu: {chosen}); "
                            "thêm nó vào các mục tiêu (--targets) hoặc bỏ trọng số này",
                            "priority {value}: this target is not among those solved for ({chosen}); add it to the "
                            "targets (--targets) or drop its priority"),
    "invalid_solution": ("kịch bản đã giải không hợp lệ: {detail}", "the solved scenario does not validate: {detail}"),
    "bad_against": ("against = {value}: dùng một trong {allowed}", "against = {value}: use one of {allowed}"),
    "unknown_project": ("--timing {value}: dự án không xác định; các dự án có sẵn: {allowed}",
                        "--timing {value}: unknown project; shipped: {allowed}"),
    "project_needed": ("cần --project MÃ khi có tệp kịch bản (python -m model projects liệt kê các mã)",
                       "--project ID is needed with a scenario file (python -m model projects lists the ids)"),
    "project_horizon": ("{file}: năm cuối {value} trước năm 2030, mà bảng so sánh giá trị năm 2030; đặt meta.horizon "
                        "từ 2030 trở đi",
                        "{file}: the horizon {value} ends before 2030, and the table compares 2030 values; set "
                        "meta.horizon to 2030 or later"),
    "attribute_horizon": ("{file}: năm cuối {value} trước năm 2030, mà phân rã giải thích chênh lệch năm 2030; đặt "
                          "meta.horizon từ 2030 trở đi",
                          "{file}: the horizon {value} ends before 2030, and the split explains the 2030 difference; "
                          "set meta.horizon to 2030 or later"),
    "unknown_project_id": ("dự án {value} không xác định; các dự án: {allowed}", "unknown project {value}; known: {allowed}"),
}


# What ends a line (the characters `str.splitlines` breaks at): in a file's name, one would cut
# "a\nb.toml: not valid TOML" into two messages, the second one's file the wrong name.
_LINE_ENDS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def escaped(pattern: re.Pattern, text: str) -> str:
    """``text`` with each character ``pattern`` matches written as its Python escape ("\\n",
    "\\x1b", "\\u202e", "\\udc9b"), the rest as it is."""
    return pattern.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


SHOWN_NAME = 240   # characters of a name said in a message; a longer one keeps its two ends


def one_line(text: str) -> str:
    """``text`` (a file's or a folder's name, as the user gave it) on one line: each character
    that would end the line written as its escape ("a\\nb.toml"), the rest as it is; past
    SHOWN_NAME characters, its first and last parts with "…" between (the folder it starts
    from and the file it ends with: a path of 5,000 characters filled a screen with one error)."""
    out = escaped(_LINE_ENDS, str(text))
    if len(out) > SHOWN_NAME:
        half = (SHOWN_NAME - 1) // 2
        out = f"{out[:half]}…{out[-(SHOWN_NAME - 1 - half):]}"
    return out


def solver_text(code: str, params: dict, lang: str = "en") -> str:
    """A `SolverError` in words. A parameter that words itself (a `ScenarioError`: ``lines``)
    is asked in the same language."""
    vi, en = SOLVER[code]
    fields = {k: ("; ".join(v.lines(lang)) if hasattr(v, "lines") else _fmt_param(v, lang)) for k, v in params.items()}
    return (en if lang == "en" else vi).format(**fields)


def _fmt_param(v: Any, lang: str) -> str:
    # Values in a validation message are what to type in the file: TOML syntax in both
    # languages (0.09, never 0,09).
    if isinstance(v, float) and not isinstance(v, bool):
        return f"{v:g}"
    return str(v)


# The TOML parser's own messages (Python's tomllib, English only), in Vietnamese: a file typed by
# hand is most often refused by one of these. Patterns in the parser's words; one not listed
# stays as the parser wrote it.
_TOML_VI = [(re.compile(p), vi) for p, vi in (
    (r"^Expected '=' after a key in a key/value pair$", "thiếu dấu «=» sau tên khóa"),
    (r"^Illegal character (?P<c>.+)$", "ký tự không được phép {c} (một chuỗi chưa đóng ngoặc kép?)"),
    (r"^Unterminated string$", "chuỗi chưa đóng ngoặc kép"),
    (r"^Unclosed array$", "danh sách chưa đóng «]»"),
    (r"^Unclosed inline table$", "bảng trên một dòng chưa đóng «}}»"),
    (r"^Expected '\]' at the end of a table declaration$", "tên bảng chưa đóng «]»"),
    (r"^Expected '\]\]' at the end of an array declaration$", "tên mảng bảng chưa đóng «]]»"),
    (r"^Invalid value$", "giá trị không hợp lệ (chữ phải trong ngoặc kép, số viết bằng dấu chấm)"),
    (r"^Invalid statement$", "dòng không phải «khóa = giá trị» hay «[bảng]»"),
    (r"^Invalid initial character for a key part$", "tên khóa bắt đầu bằng ký tự không được phép"),
    (r"^Found invalid character (?P<c>.+)$", "ký tự không được phép {c}"),
    (r"^Cannot overwrite a value$", "giá trị này đã được ghi ở trên"),
    (r"^Cannot declare (?P<k>.+) twice$", "bảng {k} được khai báo hai lần"),
    (r"^Duplicate inline table key (?P<k>.+)$", "khóa {k} lặp lại trong bảng trên một dòng"),
    (r"^Unescaped '\\' in a string$", "dấu «\\» trong chuỗi cần viết «\\\\»"),
    (r"^Invalid date or datetime$", "ngày tháng không hợp lệ"),
    (r"^Cannot mutate immutable namespace (?P<k>.+)$",
     "không thêm khóa vào {k}: nó đã được viết trọn trên một dòng ({{…}} hoặc […])"),
    (r"^Cannot redefine namespace (?P<k>.+)$", "không khai báo lại {k}: nó đã được viết trọn ở trên"),
    (r"^Escaped character is not a Unicode scalar value$", "mã ký tự «\\u…» không phải ký tự Unicode hợp lệ"),
    (r"^Invalid hex value$", "mã «\\u…» cần đủ 4 chữ số thập lục phân («\\U…»: 8)"),
    (r"^Expected newline or end of document after a statement$",
     "còn chữ thừa sau giá trị; mỗi dòng chỉ một «khóa = giá trị»"),
    (r"^Expected (?P<c>.+)$", "thiếu {c}"),
)]


def toml_detail(detail: str, lang: str) -> str:
    """The TOML parser's message in ``lang``: its own English for English, the Vietnamese of
    `_TOML_VI` where one is listed."""
    if lang == "en":   # the parser's words, a table's key as written (t.u, not ('t', 'u'))
        return re.sub(r"\((?:'[^']*'(?:, )?)+,?\)", lambda m: ".".join(re.findall(r"'([^']*)'", m[0])), detail)
    for pattern, vi in _TOML_VI:
        m = pattern.match(detail)
        if m:
            got = m.groupdict()
            if str(got.get("k", "")).startswith("("):   # a table's key as the parser holds it: ('t', 'u')
                got["k"] = ".".join(re.findall(r"'([^']*)'", got["k"]))
            return vi.format(**got)
    return detail


def issue_text(issue, lang: str = "en") -> str:
    """A validation `Issue` in words: 'sectors.services.growth = 9.0: a rate is a fraction
    per year (did you mean 0.09?)'. Paths, keys and quoted values stay as the file has them."""
    vi, en = ISSUES[issue.code]
    fields = {k: _fmt_param(v, lang) for k, v in dict(issue.params).items()}
    if issue.code == "horizon_after":
        fields["next"] = str(int(issue.params["start"]) + 1)
    if issue.code == "not_toml":
        fields["detail"] = toml_detail(str(issue.params["detail"]), lang)
    text = (en if lang == "en" else vi).format(path=issue.path, **fields)
    return text.removeprefix(": ") if not issue.path else text
