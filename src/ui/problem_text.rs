//! The sentences a person reads about a file or stored data that could not be
//! read: the app's own words in the UI language, naming the part, partner,
//! goal and field as the screens do, what was found and what is allowed.
//! Plain functions of the typed problem and the locale, so host tests read
//! every message in every language (`tests/bad_files.rs`).

use crate::domain::file_format::problem::{
    EntryRule, IndicatorRule, KeptRule, Part, PartnerRef, Place,
};
use crate::domain::file_format::{
    Dropped, Found, Lookalike, Problem, ProblemKind, RestoreError, CURRENT_VERSION, MAX_LIST_LEN,
};
use crate::domain::text::TextError;
use crate::domain::{Lang, Side};
use crate::i18n::{td_string, Locale};
use crate::ui::fill::fill;
use crate::ui::locale::to_lang;
use crate::ui::problem_words::{allowed_text, field_label};

/// Why a whole file (or the stored data) could not be read.
pub fn restore_error(error: &RestoreError, locale: Locale) -> String {
    let l = locale;
    match error {
        RestoreError::Empty => td_string!(l, data.err_empty).to_string(),
        RestoreError::TooLarge { bytes } => {
            // Tenths of a megabyte, rounded up (5.0 would read as allowed),
            // without pulling float formatting in.
            let tenths = (*bytes as u64 * 10).div_ceil(1_048_576);
            let point = if to_lang(l) == Lang::En { '.' } else { ',' };
            let size = format!("{}{point}{}", tenths / 10, tenths % 10);
            fill(
                td_string!(l, data.err_too_large),
                &[("size", size.to_string())],
            )
        }
        RestoreError::NotJson { looks_like, .. } => match looks_like {
            Some(like) => lookalike(like, l),
            None => td_string!(l, data.err_not_json).to_string(),
        },
        RestoreError::NotSdgCircle { looks_like } => {
            let not_ours = td_string!(l, data.err_not_ours).to_string();
            match looks_like {
                Some(like) => format!("{not_ours} {}", lookalike(like, l)),
                None => not_ours,
            }
        }
        RestoreError::FutureVersion { found } => fill(
            td_string!(l, data.err_future),
            &[
                ("found", found.to_string()),
                ("current", CURRENT_VERSION.to_string()),
            ],
        ),
        RestoreError::BadVersion {
            found: Found::Missing,
        } => td_string!(l, data.err_bad_version).to_string(),
        RestoreError::BadVersion { found } => {
            let found = found_text(found, l);
            fill(
                td_string!(l, data.err_bad_version_found),
                &[("found", found.to_string())],
            )
        }
        RestoreError::NoPartnerships {
            found: Found::Missing,
        } => td_string!(l, data.err_no_partnerships).to_string(),
        RestoreError::NoPartnerships { found } => {
            let found = found_text(found, l);
            fill(
                td_string!(l, data.err_partnerships_not_list),
                &[("found", found.to_string())],
            )
        }
        RestoreError::TooManyPartnerships { count } => fill(
            td_string!(l, data.err_too_many),
            &[
                ("count", count.to_string()),
                ("max", MAX_LIST_LEN.to_string()),
            ],
        ),
        RestoreError::TooDeep { max } => fill(
            td_string!(l, data.err_too_deep),
            &[("max", max.to_string())],
        ),
    }
}

fn lookalike(like: &Lookalike, l: Locale) -> String {
    match like {
        Lookalike::Spreadsheet => td_string!(l, data.err_looks_spreadsheet).to_string(),
        Lookalike::Pdf => td_string!(l, data.err_looks_pdf).to_string(),
        Lookalike::Image => td_string!(l, data.err_looks_image).to_string(),
        Lookalike::OfficeDocument => td_string!(l, data.err_looks_office).to_string(),
        Lookalike::WebPage => td_string!(l, data.err_looks_web_page).to_string(),
        Lookalike::Utf16Text => td_string!(l, data.err_looks_utf16).to_string(),
        Lookalike::OtherApp { says: None } => td_string!(l, data.err_looks_other_app).to_string(),
        Lookalike::OtherApp { says: Some(says) } => fill(
            td_string!(l, data.err_looks_other_app_named),
            &[("says", says.clone())],
        ),
    }
}

/// What a left-out partnership is called in the list of what was left out.
pub fn dropped_title(d: &Dropped, l: Locale) -> String {
    let position = fill(
        td_string!(l, data.dropped_item),
        &[("position", d.position.to_string())],
    );
    match &d.name {
        Some(name) => format!("{position} {}", quoted(name, l)),
        None => position,
    }
}

/// The whole line about a left-out partnership: its title, then why.
pub fn dropped(d: &Dropped, l: Locale) -> String {
    let colon = to_lang(l).colon();
    format!("{}{colon}{}", dropped_title(d, l), problem(&d.problem, l))
}

/// A text from the file, in the language's quotation marks.
fn quoted(text: &str, l: Locale) -> String {
    match to_lang(l) {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::Es => format!("«{text}»"),
        Lang::En | Lang::Nl => format!("“{text}”"),
    }
}

/// "Round “2025”, Testgemeente, goal 1 (No poverty) — Score: 6. Scores go
/// from 1 to 5, or don't know / not applicable."
pub fn problem(p: &Problem, l: Locale) -> String {
    let what = what(&p.kind, &p.place, l);
    match place(&p.place, l) {
        Some(place) => format!("{place} — {what}"),
        // The partnership itself: its name stands before this already.
        None => what,
    }
}

fn place(place: &Place, l: Locale) -> Option<String> {
    let lang = to_lang(l);
    let mut parts = Vec::new();
    match &place.part {
        Some(Part::Board {
            name: Some(name), ..
        }) => parts.push(fill(
            td_string!(l, problem.board_named),
            &[("name", name.clone())],
        )),
        Some(Part::Board { position, .. }) => parts.push(fill(
            td_string!(l, problem.board),
            &[("position", position.to_string())],
        )),
        Some(Part::Round {
            name: Some(name), ..
        }) => parts.push(fill(
            td_string!(l, problem.round_named),
            &[("name", name.clone())],
        )),
        Some(Part::Round { position, .. }) => parts.push(fill(
            td_string!(l, problem.round),
            &[("position", position.to_string())],
        )),
        Some(Part::Thresholds) => parts.push(td_string!(l, index.thresholds.title).to_string()),
        Some(Part::Priority { position }) => parts.push(fill(
            td_string!(l, problem.priority),
            &[("position", position.to_string())],
        )),
        Some(Part::Agreement {
            what: Some(what), ..
        }) => parts.push(fill(
            td_string!(l, problem.agreement_named),
            &[("what", what.clone())],
        )),
        Some(Part::Agreement { position, .. }) => parts.push(fill(
            td_string!(l, problem.agreement),
            &[("position", position.to_string())],
        )),
        Some(Part::Consultation {
            question: Some(question),
            ..
        }) => parts.push(fill(
            td_string!(l, problem.consultation_named),
            &[("question", question.clone())],
        )),
        Some(Part::Consultation { position, .. }) => parts.push(fill(
            td_string!(l, problem.consultation),
            &[("position", position.to_string())],
        )),
        Some(Part::Indicator {
            name: Some(name), ..
        }) => parts.push(fill(
            td_string!(l, problem.indicator_named),
            &[("name", name.clone())],
        )),
        Some(Part::Indicator { position, .. }) => parts.push(fill(
            td_string!(l, problem.indicator),
            &[("position", position.to_string())],
        )),
        Some(Part::LiveSession {
            ended_at: Some(ended_at),
            ..
        }) => parts.push(fill(
            td_string!(l, problem.live_session_named),
            &[("ended_at", ended_at.clone())],
        )),
        Some(Part::LiveSession { position, .. }) => parts.push(fill(
            td_string!(l, problem.live_session),
            &[("position", position.to_string())],
        )),
        None => {}
    }
    if let Some(partner) = &place.partner {
        parts.push(partner_name(partner, l));
    }
    if let Some(goal) = place.goal {
        let title = goal.goal().title(lang);
        parts.push(fill(
            td_string!(l, problem.goal),
            &[
                ("number", goal.get().to_string()),
                ("title", title.to_owned()),
            ],
        ));
    }
    if parts.is_empty() {
        return None;
    }
    let mut text = parts.join(", ");
    // Capitalise a leading "goal 3 (…)" without Unicode case tables: it is ASCII.
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    Some(text)
}

fn partner_name(partner: &PartnerRef, l: Locale) -> String {
    match (&partner.name, partner.side, partner.position) {
        (Some(name), ..) => name.clone(),
        (None, Some(Side::A), _) => td_string!(l, home.partner_a).to_string(),
        (None, Some(Side::B), _) => td_string!(l, home.partner_b).to_string(),
        (None, None, Some(position)) => {
            format!("{} {position}", td_string!(l, problem.field_partners))
        }
        (None, None, None) => td_string!(l, problem.field_partners).to_string(),
    }
}

/// What is wrong, as one or two sentences.
fn what(kind: &ProblemKind, place: &Place, l: Locale) -> String {
    let lang = to_lang(l);
    let field_name = || match &place.field {
        Some(field) => field_label(field, place.part.as_ref(), l),
        None => td_string!(l, problem.whole).to_string(),
    };
    match kind {
        ProblemKind::Value {
            found: Found::Missing,
            allowed,
        } => {
            let missing = fill(td_string!(l, problem.missing), &[("field", field_name())]);
            format!("{missing} {}", allowed_text(*allowed, l))
        }
        ProblemKind::Value { found, allowed } if place.field.is_none() => format!(
            "{} {}",
            fill(
                td_string!(l, problem.entry_is),
                &[("found", found_text(found, l))]
            ),
            allowed_text(*allowed, l)
        ),
        ProblemKind::Value { found, allowed } => format!(
            "{}{}{}. {}",
            field_name(),
            lang.colon(),
            found_text(found, l),
            allowed_text(*allowed, l)
        ),
        ProblemKind::Text(TextError::Empty) => {
            fill(td_string!(l, problem.empty), &[("field", field_name())])
        }
        ProblemKind::Text(TextError::TooLong { max }) => fill(
            td_string!(l, problem.too_long),
            &[("field", field_name()), ("max", max.to_string())],
        ),
        ProblemKind::PartnerCount { found } => fill(
            td_string!(l, problem.partner_count),
            &[("count", found.to_string())],
        ),
        ProblemKind::SameSide => td_string!(l, problem.same_side).to_string(),
        ProblemKind::InventoryWithoutSide => {
            td_string!(l, problem.inventory_without_side).to_string()
        }
        ProblemKind::SideWithoutInventory { .. } => {
            td_string!(l, problem.side_without_inventory).to_string()
        }
        ProblemKind::GoalTwice { goal } => fill(
            td_string!(l, problem.goal_twice),
            &[("goal", goal.get().to_string())],
        ),
        ProblemKind::ScoreTwice => td_string!(l, problem.score_twice).to_string(),
        ProblemKind::StatementTwice { id } => fill(
            td_string!(l, problem.statement_twice),
            &[("id", id.clone())],
        ),
        ProblemKind::AnswerTwice { statement } => fill(
            td_string!(l, problem.answer_twice),
            &[("id", statement.clone())],
        ),
        ProblemKind::UnknownStatement { statement } => fill(
            td_string!(l, problem.unknown_statement),
            &[("id", statement.clone())],
        ),
        ProblemKind::WeakNotBelowStrong { weak, strong } => fill(
            td_string!(l, problem.weak_not_below_strong),
            &[("weak", weak.to_string()), ("strong", strong.to_string())],
        ),
        ProblemKind::MatchDirection => td_string!(l, problem.match_direction).to_string(),
        ProblemKind::IdTwice { id } => fill(td_string!(l, problem.id_twice), &[("id", id.clone())]),
        ProblemKind::TextLimit { max } => fill(
            td_string!(l, problem.text_limit),
            &[("max", max.to_string())],
        ),
        ProblemKind::ListLimit { max } => fill(
            td_string!(l, problem.list_limit),
            &[("max", max.to_string())],
        ),
        ProblemKind::DepthLimit { max } => fill(
            td_string!(l, problem.depth_limit),
            &[("max", max.to_string())],
        ),
        ProblemKind::NotAPartnership { found } => fill(
            td_string!(l, problem.not_a_partnership),
            &[("found", found_text(found, l))],
        ),
        ProblemKind::NotStored => td_string!(l, problem.not_stored).to_string(),
        ProblemKind::NotTheListed => td_string!(l, problem.not_the_listed).to_string(),
        ProblemKind::Unreadable(error) => {
            format!(
                "{} {}",
                td_string!(l, storage.not_readable),
                restore_error(error, l)
            )
        }
        ProblemKind::Unexplained => td_string!(l, problem.unexplained).to_string(),
        ProblemKind::BallotGoalTwice { goal } => fill(
            td_string!(l, problem.ballot_goal_twice),
            &[("goal", goal.to_string())],
        ),
        ProblemKind::MaxPicks { found, max } => fill(
            td_string!(l, problem.max_picks),
            &[("found", found.to_string()), ("max", max.to_string())],
        ),
        ProblemKind::OwnGoalNumber { found } => fill(
            td_string!(l, problem.own_goal_number),
            &[("found", found.to_string())],
        ),
        ProblemKind::OwnGoalColour { found } => fill(
            td_string!(l, problem.own_goal_colour),
            &[("found", quoted(found, l))],
        ),
        ProblemKind::Tally(rule) | ProblemKind::Ballot(rule) => entry_rule(rule, l),
        ProblemKind::Indicator(rule) => indicator_rule(*rule, l),
        ProblemKind::Kept(rule) => kept_rule(*rule, l),
    }
}

fn kept_rule(rule: KeptRule, l: Locale) -> String {
    match rule {
        KeptRule::OneAnswer => td_string!(l, problem.kept_one_answer),
        KeptRule::Level => td_string!(l, problem.kept_level),
        KeptRule::TooMany => td_string!(l, problem.kept_too_many),
        KeptRule::IdTwice => td_string!(l, problem.kept_id_twice),
        KeptRule::ProposalTwice => td_string!(l, problem.kept_proposal_twice),
    }
    .to_string()
}

fn indicator_rule(rule: IndicatorRule, l: Locale) -> String {
    match rule {
        IndicatorRule::GoalsOrder => td_string!(l, problem.ind_goals_order),
        IndicatorRule::SdgTarget => td_string!(l, problem.ind_sdg_target),
        IndicatorRule::UnCode => td_string!(l, problem.ind_un_code),
        IndicatorRule::TargetBeforeBaseline => td_string!(l, problem.ind_target_before_baseline),
        IndicatorRule::ValuesOrder => td_string!(l, problem.ind_values_order),
        IndicatorRule::TooMany => td_string!(l, problem.ind_too_many),
        IndicatorRule::IdTwice => td_string!(l, problem.ind_id_twice),
    }
    .to_string()
}

fn entry_rule(rule: &EntryRule, l: Locale) -> String {
    match rule {
        EntryRule::UnknownGoal { goal } => fill(
            td_string!(l, problem.rule_unknown_goal),
            &[("goal", goal.to_string())],
        ),
        EntryRule::TooManyPicks { max } => fill(
            td_string!(l, problem.rule_too_many_picks),
            &[("max", max.to_string())],
        ),
        EntryRule::CountOverRespondents { count, respondents } => fill(
            td_string!(l, problem.rule_count_over),
            &[
                ("count", count.to_string()),
                ("respondents", respondents.to_string()),
            ],
        ),
        EntryRule::GoalTwice { goal } => fill(
            td_string!(l, problem.rule_goal_twice),
            &[("goal", goal.to_string())],
        ),
        EntryRule::NoPicks => td_string!(l, problem.rule_no_picks).to_string(),
        EntryRule::TooLarge => td_string!(l, problem.rule_too_large).to_string(),
    }
}

fn found_text(found: &Found, l: Locale) -> String {
    match found {
        Found::Missing | Found::Nothing => td_string!(l, problem.found_nothing).to_string(),
        Found::YesNo(b) => b.to_string(),
        Found::Number(n) => n.clone(),
        Found::Text(t) if t.is_empty() => td_string!(l, problem.found_empty).to_string(),
        Found::Text(t) => quoted(t, l),
        Found::List => td_string!(l, problem.found_list).to_string(),
        Found::Fields => td_string!(l, problem.found_fields).to_string(),
    }
}
