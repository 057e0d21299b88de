//! The SDG index: scoring rounds in which each partner scores its own
//! municipality on the 17 goals, and the matching of strengths to weaknesses.
//!
//! A round keeps the dialogue scores (with confidence and rationale) and the
//! questionnaire answers side by side; its [`Method`] says which one gives the
//! score, so switching method never throws work away.

pub mod matching;
pub mod questionnaire;
pub mod results;
pub mod score;
pub mod starter;

pub use matching::{round_matches, round_matching, Match, MatchKind, Matching};
pub use questionnaire::{aggregate, Answer, Computation, Statement, StatementText};
pub use score::{Band, Confidence, Level, Score, Step};

use super::file_format::problem::{Allowed, Broken, Found, ProblemKind, Step as PathStep};
use super::short_sort::sort_short_by_key;
use super::text::{clean_line, TextError};
use super::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

/// Longest round name ("mid-term 2027").
pub const ROUND_NAME_MAX: usize = 60;
/// Longest rationale for one score.
pub const RATIONALE_MAX: usize = 500;

/// How a round reaches its scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The partners set each score directly, in conversation.
    #[default]
    Dialogue,
    /// Each score is computed from the answers to the round's statements.
    Questionnaire,
}

/// Blind scoring: while `Blind`, neither partner's scores are shown next to the
/// other's, so nobody anchors on whoever speaks first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[default]
    Open,
    Blind,
    Revealed,
}

impl Visibility {
    /// Whether one partner may see the other's scores and the comparison.
    pub fn shows_both(self) -> bool {
        self != Visibility::Blind
    }
}

/// What one partner recorded for one goal. In a dialogue round `score` is the
/// score; in a questionnaire round the score comes from the answers and only
/// the confidence and rationale are used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalScore {
    pub side: Side,
    pub goal: GoalNumber,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rationale: String,
}

impl GoalScore {
    fn is_empty(&self) -> bool {
        self.score.is_none() && self.confidence.is_none() && self.rationale.is_empty()
    }
}

/// One partner's answer to one statement of the round's questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerEntry {
    pub side: Side,
    pub statement: String,
    pub answer: Answer,
}

/// Where "strong" and "weak" begin on the 1–5 scale, stored per partnership.
/// Always `weak < strong`, so no goal is both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ThresholdsWire")]
pub struct Thresholds {
    pub strong: Level,
    pub weak: Level,
}

#[derive(Deserialize)]
pub(crate) struct ThresholdsWire {
    strong: Level,
    weak: Level,
}

impl TryFrom<ThresholdsWire> for Thresholds {
    type Error = Broken;
    fn try_from(w: ThresholdsWire) -> Result<Self, Broken> {
        Thresholds::new(w.strong, w.weak).ok_or_else(|| {
            let (weak, strong) = (w.weak.get(), w.strong.get());
            Broken::new(&["weak"], ProblemKind::WeakNotBelowStrong { weak, strong })
        })
    }
}

impl Thresholds {
    pub fn new(strong: Level, weak: Level) -> Option<Thresholds> {
        (weak < strong).then_some(Thresholds { strong, weak })
    }

    pub fn is_strong(self, l: Level) -> bool {
        l >= self.strong
    }

    pub fn is_weak(self, l: Level) -> bool {
        l <= self.weak
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            strong: Level::new(4).unwrap_or(Level::MAX),
            weak: Level::new(2).unwrap_or(Level::MIN),
        }
    }
}

/// One scoring round ("2025", "mid-term 2027").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RoundWire")]
pub struct IndexRound {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created_at: String,
    pub method: Method,
    pub visibility: Visibility,
    /// At most one entry per (side, goal), kept in (side, goal) order.
    pub scores: Vec<GoalScore>,
    /// The round's own copy of the questionnaire.
    pub questionnaire: Vec<Statement>,
    /// At most one answer per (side, statement), each to a statement of this round.
    pub answers: Vec<AnswerEntry>,
}

#[derive(Deserialize)]
pub(crate) struct RoundWire {
    id: String,
    name: String,
    #[serde(default)]
    created_at: String,
    #[serde(default)]
    method: Method,
    #[serde(default)]
    visibility: Visibility,
    #[serde(default)]
    scores: Vec<GoalScore>,
    #[serde(default)]
    questionnaire: Vec<Statement>,
    #[serde(default)]
    answers: Vec<AnswerEntry>,
}

/// The first partner-and-goal pair that repeats one before it (a mark per pair, no sort).
fn repeat_per_goal(pairs: impl Iterator<Item = (Side, GoalNumber)>) -> Option<usize> {
    let mut seen = [[false; GoalNumber::COUNT as usize]; 2];
    pairs.into_iter().position(|(side, goal)| {
        let mark = &mut seen[side as usize][goal.index()];
        std::mem::replace(mark, true)
    })
}

/// The first key that repeats one before it. The lists are short (a round's
/// statements and answers), so a look back beats a set's code in the download.
fn first_repeat<'a>(keys: impl Iterator<Item = &'a str>) -> Option<usize> {
    let keys: Vec<&str> = keys.collect();
    (0..keys.len()).find(|&i| keys[..i].contains(&keys[i]))
}

impl TryFrom<RoundWire> for IndexRound {
    type Error = Broken;
    /// The rules a round keeps beyond its fields' own types, for reading and
    /// for saying what a rejected one broke (`file_format::diagnose`).
    fn try_from(w: RoundWire) -> Result<Self, Broken> {
        if w.id.is_empty() {
            let found = Found::text(&w.id);
            let allowed = Allowed::Id;
            return Err(Broken::new(&["id"], ProblemKind::Value { found, allowed }));
        }
        let name = clean_line(&w.name, ROUND_NAME_MAX)
            .map_err(|e| Broken::new(&["name"], ProblemKind::Text(e)))?;
        if let Some(i) = repeat_per_goal(w.scores.iter().map(|s| (s.side, s.goal))) {
            return Err(Broken {
                at: vec![PathStep::key("scores"), PathStep::Index(i)],
                kind: ProblemKind::ScoreTwice,
            });
        }
        if let Some(i) = first_repeat(w.questionnaire.iter().map(|s| s.id.as_str())) {
            let id = w.questionnaire[i].id.clone();
            return Err(Broken::in_entry(
                "questionnaire",
                i,
                "id",
                ProblemKind::StatementTwice { id },
            ));
        }
        // Per partner, so the check shares its code with the one above.
        for side in Side::BOTH {
            let mine = w.answers.iter().enumerate().filter(|(_, a)| a.side == side);
            let keys: Vec<(usize, &str)> = mine.map(|(i, a)| (i, a.statement.as_str())).collect();
            if let Some(k) = first_repeat(keys.iter().map(|(_, s)| *s)) {
                let (i, statement) = (keys[k].0, keys[k].1.to_owned());
                return Err(Broken::in_entry(
                    "answers",
                    i,
                    "statement",
                    ProblemKind::AnswerTwice { statement },
                ));
            }
        }
        if let Some((i, a)) = w
            .answers
            .iter()
            .enumerate()
            .find(|(_, a)| !w.questionnaire.iter().any(|s| s.id == a.statement))
        {
            let statement = a.statement.clone();
            return Err(Broken::in_entry(
                "answers",
                i,
                "statement",
                ProblemKind::UnknownStatement { statement },
            ));
        }
        // At most 34 now that each partner-and-goal pair is unique.
        let mut scores = w.scores;
        sort_short_by_key(&mut scores, |s| (s.side, s.goal));
        Ok(IndexRound {
            id: w.id,
            name,
            created_at: w.created_at,
            method: w.method,
            visibility: w.visibility,
            scores,
            questionnaire: w.questionnaire,
            answers: w.answers,
        })
    }
}

impl IndexRound {
    /// A new, empty round with its own copy of the starter questionnaire.
    pub fn new(
        id: String,
        name: &str,
        method: Method,
        created_at: String,
    ) -> Result<Self, TextError> {
        Ok(IndexRound {
            id,
            name: clean_line(name, ROUND_NAME_MAX)?,
            created_at,
            method,
            visibility: Visibility::Open,
            scores: Vec::new(),
            questionnaire: starter::starter_questionnaire(),
            answers: Vec::new(),
        })
    }

    pub fn entry(&self, side: Side, goal: GoalNumber) -> Option<&GoalScore> {
        self.scores
            .iter()
            .find(|s| s.side == side && s.goal == goal)
    }

    /// Changes one partner's entry for a goal, creating it when needed and
    /// dropping it when nothing is left in it.
    fn edit_entry(&mut self, side: Side, goal: GoalNumber, f: impl FnOnce(&mut GoalScore)) {
        let i = match self
            .scores
            .binary_search_by_key(&(side, goal), |s| (s.side, s.goal))
        {
            Ok(i) => i,
            Err(i) => {
                self.scores.insert(
                    i,
                    GoalScore {
                        side,
                        goal,
                        score: None,
                        confidence: None,
                        rationale: String::new(),
                    },
                );
                i
            }
        };
        f(&mut self.scores[i]);
        if self.scores[i].is_empty() {
            self.scores.remove(i);
        }
    }

    pub fn set_score(&mut self, side: Side, goal: GoalNumber, score: Option<Score>) {
        self.edit_entry(side, goal, |e| e.score = score);
    }

    pub fn set_confidence(&mut self, side: Side, goal: GoalNumber, c: Option<Confidence>) {
        self.edit_entry(side, goal, |e| e.confidence = c);
    }

    /// A rationale is one short paragraph; an empty one is removed.
    pub fn set_rationale(
        &mut self,
        side: Side,
        goal: GoalNumber,
        text: &str,
    ) -> Result<(), TextError> {
        let text = match clean_line(text, RATIONALE_MAX) {
            Ok(t) => t,
            Err(TextError::Empty) => String::new(),
            Err(e) => return Err(e),
        };
        self.edit_entry(side, goal, |e| e.rationale = text);
        Ok(())
    }

    pub fn statements(&self, goal: GoalNumber) -> impl Iterator<Item = &Statement> {
        self.questionnaire.iter().filter(move |s| s.goal == goal)
    }

    pub fn answer(&self, side: Side, statement: &str) -> Option<Answer> {
        self.answers
            .iter()
            .find(|a| a.side == side && a.statement == statement)
            .map(|a| a.answer)
    }

    /// Sets or clears an answer; answers to statements not in the round are refused.
    pub fn set_answer(&mut self, side: Side, statement: &str, answer: Option<Answer>) -> bool {
        if !self.questionnaire.iter().any(|s| s.id == statement) {
            return false;
        }
        self.answers
            .retain(|a| !(a.side == side && a.statement == statement));
        if let Some(answer) = answer {
            self.answers.push(AnswerEntry {
                side,
                statement: statement.to_owned(),
                answer,
            });
        }
        true
    }

    /// How the questionnaire computes a partner's score on a goal.
    pub fn computation(&self, side: Side, goal: GoalNumber) -> Computation {
        let answers: Vec<Answer> = self
            .statements(goal)
            .filter_map(|s| self.answer(side, &s.id))
            .collect();
        aggregate(&answers)
    }

    /// The score that counts: the dialogue score or the questionnaire's result.
    /// `None` while the partner has not scored the goal.
    pub fn score(&self, side: Side, goal: GoalNumber) -> Option<Score> {
        match self.method {
            Method::Dialogue => self.entry(side, goal).and_then(|e| e.score),
            Method::Questionnaire => self.computation(side, goal).score,
        }
    }

    /// Both partners' scores on every goal, in goal order.
    pub fn pairs(&self) -> Vec<(GoalNumber, Option<Score>, Option<Score>)> {
        GoalNumber::all()
            .map(|g| (g, self.score(Side::A, g), self.score(Side::B, g)))
            .collect()
    }

    /// How many goals a partner has scored (a "don't know" counts: it is an answer).
    pub fn scored_count(&self, side: Side) -> usize {
        GoalNumber::all()
            .filter(|g| self.score(side, *g).is_some())
            .count()
    }

    /// Rewrites a statement in the partners' own words; the answers stay.
    /// `lang` is the language the text was shown in: an unchanged text stays translated.
    pub fn edit_statement(
        &mut self,
        id: &str,
        text: &str,
        lang: crate::domain::Lang,
    ) -> Result<(), TextError> {
        let text = clean_line(text, questionnaire::STATEMENT_MAX)?;
        if let Some(s) = self.questionnaire.iter_mut().find(|s| s.id == id) {
            if s.text.get(lang) != text {
                s.text = StatementText::Own(text);
            }
        }
        Ok(())
    }

    /// Adds the partners' own statement under a goal, after that goal's others.
    pub fn add_statement(
        &mut self,
        id: String,
        goal: GoalNumber,
        text: &str,
    ) -> Result<(), TextError> {
        let text = clean_line(text, questionnaire::STATEMENT_MAX)?;
        if self.questionnaire.iter().any(|s| s.id == id) {
            return Ok(());
        }
        let at = self
            .questionnaire
            .iter()
            .rposition(|s| s.goal <= goal)
            .map_or(0, |i| i + 1);
        self.questionnaire.insert(
            at,
            Statement {
                id,
                goal,
                text: StatementText::Own(text),
            },
        );
        Ok(())
    }

    /// Removes a statement and its answers; returns them so the UI can undo.
    pub fn remove_statement(&mut self, id: &str) -> Option<RemovedStatement> {
        let index = self.questionnaire.iter().position(|s| s.id == id)?;
        let statement = self.questionnaire.remove(index);
        let (answers, kept) = std::mem::take(&mut self.answers)
            .into_iter()
            .partition(|a| a.statement == id);
        self.answers = kept;
        Some(RemovedStatement {
            index,
            statement,
            answers,
        })
    }

    pub fn restore_statement(&mut self, removed: RemovedStatement) {
        if self
            .questionnaire
            .iter()
            .any(|s| s.id == removed.statement.id)
        {
            return;
        }
        let index = removed.index.min(self.questionnaire.len());
        self.questionnaire.insert(index, removed.statement);
        self.answers.extend(removed.answers);
    }
}

/// A statement taken out of a round, with its answers, to put back on undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedStatement {
    pub index: usize,
    pub statement: Statement,
    pub answers: Vec<AnswerEntry>,
}

/// One partner's change on one goal between two rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalProgress {
    pub goal: GoalNumber,
    pub before: Option<Score>,
    pub after: Option<Score>,
}

impl GoalProgress {
    /// Steps up (positive) or down, when both rounds have a level.
    pub fn change(&self) -> Option<i8> {
        let b = self.before?.level()?.get() as i8;
        let a = self.after?.level()?.get() as i8;
        Some(a - b)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::Lang;

    pub fn g(n: u8) -> GoalNumber {
        GoalNumber::new(n).unwrap()
    }

    pub fn lv(n: u8) -> Score {
        Score::Level(Level::new(n).unwrap())
    }

    pub fn round() -> IndexRound {
        IndexRound::new(
            "r-1".into(),
            " 2025 ",
            Method::Dialogue,
            "2026-11-22T10:00:00Z".into(),
        )
        .unwrap()
    }

    #[test]
    fn a_new_round_has_the_starter_questionnaire_and_no_scores() {
        let r = round();
        assert_eq!(r.name, "2025");
        assert!(r.questionnaire.len() >= 34);
        assert!(r.pairs().iter().all(|(_, a, b)| a.is_none() && b.is_none()));
        assert_eq!(
            IndexRound::new("r".into(), "  ", Method::Dialogue, String::new()),
            Err(TextError::Empty)
        );
    }

    #[test]
    fn dialogue_scores_upsert_and_clear() {
        let mut r = round();
        r.set_score(Side::B, g(6), Some(lv(2)));
        r.set_score(Side::A, g(6), Some(lv(5)));
        r.set_score(Side::A, g(6), Some(Score::DontKnow));
        assert_eq!(r.scores.len(), 2);
        assert_eq!(r.scores[0].side, Side::A, "kept in (side, goal) order");
        assert_eq!(r.score(Side::A, g(6)), Some(Score::DontKnow));
        r.set_confidence(Side::A, g(6), Some(Confidence::Low));
        r.set_rationale(Side::A, g(6), "  no data \n yet ").unwrap();
        assert_eq!(r.entry(Side::A, g(6)).unwrap().rationale, "no data yet");
        r.set_score(Side::A, g(6), None);
        assert_eq!(r.scores.len(), 2, "confidence and rationale keep the entry");
        r.set_confidence(Side::A, g(6), None);
        r.set_rationale(Side::A, g(6), " ").unwrap();
        assert_eq!(r.scores.len(), 1, "an empty entry is dropped");
        assert!(r.set_rationale(Side::A, g(6), &"x".repeat(501)).is_err());
    }

    #[test]
    fn questionnaire_scores_come_from_the_answers() {
        let mut r = round();
        r.method = Method::Questionnaire;
        r.set_score(Side::A, g(6), Some(lv(1)));
        assert_eq!(r.score(Side::A, g(6)), None, "dialogue score is not used");
        assert!(r.set_answer(Side::A, "g6-1", Some(Answer::StronglyAgree)));
        assert!(r.set_answer(Side::A, "g6-2", Some(Answer::Agree)));
        assert!(!r.set_answer(Side::A, "nope", Some(Answer::Agree)));
        assert_eq!(r.score(Side::A, g(6)), Some(lv(5)));
        assert_eq!(r.computation(Side::A, g(6)).values, [5, 4]);
        assert_eq!(r.score(Side::B, g(6)), None);
        r.set_answer(Side::A, "g6-1", None);
        assert_eq!(r.score(Side::A, g(6)), Some(lv(4)));
        // Switching back keeps both.
        r.method = Method::Dialogue;
        assert_eq!(r.score(Side::A, g(6)), Some(lv(1)));
    }

    #[test]
    fn statements_can_be_edited_added_removed_and_restored() {
        let mut r = round();
        r.set_answer(Side::B, "g6-1", Some(Answer::Disagree));
        r.edit_statement("g6-1", "We test the drinking water every month.", Lang::En)
            .unwrap();
        assert_eq!(
            r.questionnaire
                .iter()
                .find(|s| s.id == "g6-1")
                .unwrap()
                .text,
            StatementText::Own("We test the drinking water every month.".into())
        );
        assert_eq!(r.answer(Side::B, "g6-1"), Some(Answer::Disagree));
        r.add_statement("own-1".into(), g(6), "We have a water committee.")
            .unwrap();
        let six: Vec<&str> = r.statements(g(6)).map(|s| s.id.as_str()).collect();
        assert_eq!(six, ["g6-1", "g6-2", "own-1"]);
        let before = r.clone();
        let removed = r.remove_statement("g6-1").unwrap();
        assert!(r.answers.is_empty());
        r.restore_statement(removed);
        assert_eq!(r.questionnaire, before.questionnaire);
        assert_eq!(r.answers, before.answers);
        assert!(r.edit_statement("g6-2", " ", Lang::En).is_err());
    }

    #[test]
    fn round_trips_exactly_and_lists_goals_as_objects() {
        let mut r = round();
        r.method = Method::Questionnaire;
        r.visibility = Visibility::Blind;
        r.set_score(Side::A, g(3), Some(Score::NotApplicable));
        r.set_confidence(Side::B, g(17), Some(Confidence::High));
        r.set_rationale(Side::B, g(17), "Strong network").unwrap();
        r.set_answer(Side::B, "g1-2", Some(Answer::Neutral));
        r.edit_statement("g1-1", "Own words", Lang::En).unwrap();
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["scores"][0]["goal"], 3);
        assert_eq!(json["scores"][0]["side"], "a");
        assert_eq!(json["scores"][0]["score"], "not_applicable");
        assert_eq!(json["scores"][1]["confidence"], "high");
        assert!(json["scores"][1].get("score").is_none());
        assert_eq!(json["method"], "questionnaire");
        assert_eq!(json["visibility"], "blind");
        assert_eq!(json["answers"][0]["answer"], "neutral");
        let back: IndexRound = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, r);
        assert_eq!(serde_json::to_value(&back).unwrap(), json);
    }

    #[test]
    fn refuses_inconsistent_rounds() {
        let mut r = round();
        r.set_score(Side::A, g(3), Some(lv(3)));
        r.set_answer(Side::A, "g1-1", Some(Answer::Agree));
        let good = serde_json::to_value(&r).unwrap();
        let mut dup = good.clone();
        let s = dup["scores"][0].clone();
        dup["scores"].as_array_mut().unwrap().push(s);
        assert!(serde_json::from_value::<IndexRound>(dup).is_err());
        let mut bad = good.clone();
        bad["scores"][0]["score"] = 6.into();
        assert!(serde_json::from_value::<IndexRound>(bad).is_err());
        let mut orphan = good.clone();
        orphan["answers"][0]["statement"] = "gone".into();
        assert!(serde_json::from_value::<IndexRound>(orphan).is_err());
        let mut unnamed = good;
        unnamed["name"] = "".into();
        assert!(serde_json::from_value::<IndexRound>(unnamed).is_err());
    }

    #[test]
    fn thresholds_keep_weak_below_strong() {
        let t = Thresholds::default();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"strong":4,"weak":2}"#
        );
        assert_eq!(
            serde_json::from_str::<Thresholds>(r#"{"strong":4,"weak":2}"#).unwrap(),
            t
        );
        assert!(serde_json::from_str::<Thresholds>(r#"{"strong":3,"weak":3}"#).is_err());
        assert!(serde_json::from_str::<Thresholds>(r#"{"strong":6,"weak":2}"#).is_err());
        let l = |n| Level::new(n).unwrap();
        assert!(Thresholds::new(l(3), l(4)).is_none());
        assert!(t.is_strong(l(4)) && !t.is_strong(l(3)));
        assert!(t.is_weak(l(2)) && !t.is_weak(l(3)));
    }

    #[test]
    fn progress_is_the_change_of_level_between_rounds() {
        let step = |before, after| {
            GoalProgress {
                goal: g(5),
                before,
                after,
            }
            .change()
        };
        assert_eq!(step(Some(lv(2)), Some(lv(4))), Some(2));
        assert_eq!(step(Some(lv(4)), Some(lv(1))), Some(-3));
        assert_eq!(step(None, Some(lv(3))), None);
        assert_eq!(step(Some(lv(3)), Some(Score::DontKnow)), None);
    }
}
