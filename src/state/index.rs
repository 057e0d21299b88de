//! Store intents of the SDG index: rounds, scores, answers, the questionnaire,
//! thresholds, priorities and agreements. Each goes through `Store::edit` (or
//! `Store::delete_in`), so autosave keeps it.

use super::browser::new_id;
use super::storage::now_iso;
use super::Store;
use crate::domain::index::{
    Answer, Confidence, IndexRound, Method, RemovedStatement, Score, Thresholds, Visibility,
};
use crate::domain::live::Exercise;
use crate::domain::plan::{
    add_priority, Agreement, AgreementDraft, AgreementError, Priority, PriorityError,
};
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, Lang, PartnershipId, Side};

impl Store {
    fn with_round(self, pid: &PartnershipId, rid: &str, f: impl FnOnce(&mut IndexRound)) {
        self.edit(pid, |p| {
            if let Some(r) = p.rounds.iter_mut().find(|r| r.id == rid) {
                f(r);
            }
        });
    }

    /// Starts a new round; returns its id.
    pub fn add_round(
        self,
        pid: &PartnershipId,
        name: &str,
        method: Method,
    ) -> Result<String, TextError> {
        let round = IndexRound::new(new_id("r"), name, method, now_iso())?;
        let id = round.id.clone();
        self.edit(pid, |p| p.rounds.push(round));
        Ok(id)
    }

    pub fn rename_round(self, pid: &PartnershipId, rid: &str, name: &str) -> Result<(), TextError> {
        let name = crate::domain::text::clean_line(name, crate::domain::index::ROUND_NAME_MAX)?;
        self.with_round(pid, rid, |r| r.name = name);
        Ok(())
    }

    /// Deletes a round; the undo bar (and Ctrl+Z) can bring it back.
    pub fn delete_round(self, pid: &PartnershipId, rid: &str) {
        self.delete_in(
            pid,
            |p| Some(p.rounds.iter().find(|r| r.id == rid)?.name.clone()),
            |p| {
                p.rounds.retain(|r| r.id != rid);
                p.forget_kept_of(&Exercise::Index(rid.to_owned()));
            },
        );
    }

    pub fn set_method(self, pid: &PartnershipId, rid: &str, method: Method) {
        self.with_round(pid, rid, |r| r.method = method);
    }

    pub fn set_visibility(self, pid: &PartnershipId, rid: &str, v: Visibility) {
        self.with_round(pid, rid, |r| r.visibility = v);
    }

    pub fn set_score(
        self,
        pid: &PartnershipId,
        rid: &str,
        side: Side,
        goal: GoalNumber,
        score: Option<Score>,
    ) {
        self.with_round(pid, rid, |r| r.set_score(side, goal, score));
    }

    pub fn set_confidence(
        self,
        pid: &PartnershipId,
        rid: &str,
        side: Side,
        goal: GoalNumber,
        c: Option<Confidence>,
    ) {
        self.with_round(pid, rid, |r| r.set_confidence(side, goal, c));
    }

    pub fn set_rationale(
        self,
        pid: &PartnershipId,
        rid: &str,
        side: Side,
        goal: GoalNumber,
        text: &str,
    ) -> Result<(), TextError> {
        let mut result = Ok(());
        self.with_round(pid, rid, |r| result = r.set_rationale(side, goal, text));
        result
    }

    pub fn set_answer(
        self,
        pid: &PartnershipId,
        rid: &str,
        side: Side,
        statement: &str,
        a: Option<Answer>,
    ) {
        self.with_round(pid, rid, |r| {
            r.set_answer(side, statement, a);
        });
    }

    pub fn edit_statement(
        self,
        pid: &PartnershipId,
        rid: &str,
        statement: &str,
        text: &str,
        lang: Lang,
    ) -> Result<(), TextError> {
        let mut result = Ok(());
        self.with_round(pid, rid, |r| {
            result = r.edit_statement(statement, text, lang)
        });
        result
    }

    pub fn add_statement(
        self,
        pid: &PartnershipId,
        rid: &str,
        goal: GoalNumber,
        text: &str,
    ) -> Result<(), TextError> {
        let mut result = Ok(());
        self.with_round(pid, rid, |r| {
            result = r.add_statement(new_id("s"), goal, text)
        });
        result
    }

    pub fn remove_statement(
        self,
        pid: &PartnershipId,
        rid: &str,
        statement: &str,
    ) -> Option<RemovedStatement> {
        let mut removed = None;
        self.with_round(pid, rid, |r| removed = r.remove_statement(statement));
        removed
    }

    pub fn restore_statement(self, pid: &PartnershipId, rid: &str, removed: RemovedStatement) {
        self.with_round(pid, rid, |r| r.restore_statement(removed));
    }

    pub fn set_thresholds(self, pid: &PartnershipId, t: Thresholds) {
        self.edit(pid, |p| p.thresholds = t);
    }

    pub fn add_priority(self, pid: &PartnershipId, p: Priority) -> Result<(), PriorityError> {
        let mut result = Ok(());
        self.edit(pid, |x| result = add_priority(&mut x.priorities, p));
        result
    }

    /// Undoable, like every deletion; `label` is what the undo bar calls it.
    pub fn remove_priority(self, pid: &PartnershipId, p: Priority, label: String) {
        self.delete_in(pid, |_| Some(label), |x| x.priorities.retain(|q| *q != p));
    }

    /// Saves a new agreement (`id` None) or replaces the one with that id.
    pub fn save_agreement(
        self,
        pid: &PartnershipId,
        id: Option<String>,
        draft: &AgreementDraft,
    ) -> Result<Agreement, AgreementError> {
        let agreement = draft.build(id.unwrap_or_else(|| new_id("a")))?;
        let saved = agreement.clone();
        self.edit(pid, |p| {
            match p.agreements.iter_mut().find(|a| a.id == agreement.id) {
                Some(slot) => *slot = agreement,
                None => p.agreements.push(agreement),
            }
        });
        Ok(saved)
    }

    /// Removes an agreement; returns it with its place so the UI can undo.
    pub fn delete_agreement(self, pid: &PartnershipId, id: &str) -> Option<(usize, Agreement)> {
        let mut removed = None;
        self.edit(pid, |p| {
            if let Some(i) = p.agreements.iter().position(|a| a.id == id) {
                removed = Some((i, p.agreements.remove(i)));
            }
        });
        removed
    }

    pub fn restore_agreement(self, pid: &PartnershipId, (index, a): (usize, Agreement)) {
        self.edit(pid, |p| {
            if !p.agreements.iter().any(|x| x.id == a.id) {
                let i = index.min(p.agreements.len());
                p.agreements.insert(i, a);
            }
        });
    }
}
