"""Tidy frames of results, ready to draw or show: the app, the charts and the exports take
these, so that no front end does arithmetic of its own.

Two kinds of frame:
- frames of numbers for the files and the charts' builders (`model.report.charts` draws from
  the projection itself);
- display tables (``*_table``, `scorecard`): numbers already written in the reader's language
  by `model.report.fmt` (7,37 in Vietnamese, 7.37 in English), booleans as marks, missing
  values as "—", years as text. `text_frame` does it for any numeric frame.

Units: billion VND for levels, percent for shares and growth, percentage points for
contributions (the charts, `model.report.charts`, draw GRDP levels in trillion VND).

The package, by what is read: `tables` (a frame written for the reader, the projection's
tables, the command line's), `targets` (scorecards, target sets, headline cards, Compare),
`projects` (projects as a scenario runs them, what a slip costs), `analysis` (the solver's
results, the frontier, the attribution) and `record` (quarters, backtests, the supply record).
"""

from .tables import (CLI_COLUMNS, accounting_shown, at_icor, cli_table, contributions_frame, contributions_shown,
                     contributions_table, investment_printed, investment_shown, investment_view, parts_to_total,
                     projects_drawn, projects_small_text, ramp_text, residual_to_total, shares_table, supply_frame,
                     text_frame)
from .targets import (ATTRIBUTION_DIGITS, COMPARE_DIGITS, card_help, card_label, card_value, clash_lines, column_keys,
                      compare_beyond_text, compare_numbers, compare_record_text, compare_row_label, compare_table,
                      gap_text, headline, headline_sentence, judged_by, reason_text, scorecard, set_source, set_title,
                      sets_side_by_side, targets_table, toward, tracking_note, vintage_lines)
from .projects import (calibration_lines, crowding_text, first_moved, first_year_text, headline_said, inert_text,
                       jumps_text, project_name, project_names, project_setting_text, project_slip_view,
                       project_variants_notes, project_variants_view, slip_measures, started_note,
                       timing_after_note, timing_fail_note, timing_missed_note, timing_note, timing_notes,
                       timing_view, unlisted_text, unmoved_text, va_text, variant_name)
from .analysis import (attribution_numbers, attribution_view, change_side, changes_description, frontier_view,
                       rate_text, required_view, solved_paths_view, solved_targets_table, split_shown, waterfall_frame,
                       waterfall_span)
from .record import (backtest_attribution_view, backtest_note, backtest_paths_view, backtest_score_view,
                     panel_cells_file, quarterly_backtest_text, quarterly_backtest_view, quarterly_numbers,
                     quarterly_view, remaining_note, remaining_text, remaining_warns, sector_score_note,
                     sector_score_view, source_rows_text, supply_record_file)

__all__ = ["ATTRIBUTION_DIGITS", "CLI_COLUMNS", "COMPARE_DIGITS", "attribution_numbers", "attribution_view",
           "backtest_attribution_view", "backtest_note", "backtest_paths_view", "backtest_score_view",
           "calibration_lines", "card_help", "card_label", "card_value", "change_side", "clash_lines",
           "changes_description", "cli_table",
           "column_keys",
           "compare_beyond_text", "compare_numbers", "compare_record_text", "compare_row_label", "compare_table",
           "contributions_frame",
           "contributions_shown",
           "accounting_shown",
           "at_icor", "investment_printed", "investment_shown", "investment_view", "projects_drawn",
           "projects_small_text",
           "parts_to_total",
           "residual_to_total",
           "split_shown",
           "contributions_table",
           "crowding_text",
           "first_year_text", "frontier_view", "gap_text", "headline", "headline_sentence", "inert_text",
           "first_moved", "headline_said", "judged_by", "jumps_text", "unmoved_text", "panel_cells_file", "project_name", "project_names",
           "project_setting_text", "project_slip_view", "project_variants_notes", "project_variants_view",
           "quarterly_backtest_text", "quarterly_backtest_view", "quarterly_numbers", "quarterly_view", "ramp_text",
           "rate_text",
           "reason_text", "remaining_note", "remaining_text", "remaining_warns", "required_view", "scorecard",
           "sector_score_note",
           "sector_score_view", "set_source", "set_title", "sets_side_by_side", "shares_table",
           "slip_measures", "solved_paths_view", "solved_targets_table", "source_rows_text", "started_note",
           "supply_frame", "supply_record_file", "targets_table", "text_frame", "timing_missed_note", "timing_note",
           "timing_after_note", "timing_fail_note", "timing_notes", "timing_view", "toward",
           "tracking_note", "unlisted_text", "va_text", "variant_name", "vintage_lines", "waterfall_frame",
           "waterfall_span"]
