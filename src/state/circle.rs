//! Store intents of the circle exercise: every change to a board goes through
//! the workspace signal, so autosave keeps it.

use super::browser::new_id;
use super::storage::now_iso;
use super::Store;
use crate::domain::circle::{BoardDraft, CircleBoard, Level, Reach};
use crate::domain::live::Exercise;
use crate::domain::text::TextError;
use crate::domain::{GoalNumber, PartnershipId};

impl Store {
    /// Changes one board of one partnership in place.
    fn update_board(self, pid: &PartnershipId, board_id: &str, f: impl FnOnce(&mut CircleBoard)) {
        self.edit(pid, |p| {
            if let Some(b) = p.boards.iter_mut().find(|b| b.id == board_id) {
                f(b);
            }
        });
    }

    pub fn create_board(
        self,
        pid: &PartnershipId,
        draft: &BoardDraft,
    ) -> Result<String, TextError> {
        let board = draft.build(new_id("b"), &now_iso())?;
        let id = board.id.clone();
        self.edit(pid, |p| p.boards.push(board));
        Ok(id)
    }

    pub fn edit_board(
        self,
        pid: &PartnershipId,
        board_id: &str,
        draft: &BoardDraft,
    ) -> Result<(), TextError> {
        let mut result = Ok(());
        self.update_board(pid, board_id, |b| result = b.set_details(draft));
        result
    }

    /// Duplicates a board as its next version, right after it; returns the new id.
    pub fn new_board_version(self, pid: &PartnershipId, board_id: &str) -> Option<String> {
        let id = new_id("b");
        let mut made = None;
        self.edit(pid, |p| {
            let Some(i) = p.boards.iter().position(|b| b.id == board_id) else {
                return;
            };
            let copy = p.boards[i].new_version(id.clone(), &now_iso());
            p.boards.insert(i + 1, copy);
            made = Some(id);
        });
        made
    }

    /// Deletes a board; the undo bar (and Ctrl+Z) can bring it back.
    pub fn delete_board(self, pid: &PartnershipId, board_id: &str) {
        self.delete_in(
            pid,
            |p| {
                let b = p.boards.iter().find(|b| b.id == board_id)?;
                Some(b.subject.name.clone())
            },
            |p| {
                p.boards.retain(|b| b.id != board_id);
                p.forget_kept_of(&Exercise::Walk(board_id.to_owned()));
            },
        );
    }

    pub fn set_board_level(
        self,
        pid: &PartnershipId,
        board_id: &str,
        goal: GoalNumber,
        level: Option<Level>,
    ) {
        self.update_board(pid, board_id, |b| {
            b.set_level(goal, level);
        });
    }

    pub fn set_board_reach(
        self,
        pid: &PartnershipId,
        board_id: &str,
        goal: GoalNumber,
        reach: Reach,
    ) {
        self.update_board(pid, board_id, |b| b.set_reach(goal, reach));
    }

    pub fn set_board_how(self, pid: &PartnershipId, board_id: &str, goal: GoalNumber, text: &str) {
        self.update_board(pid, board_id, |b| b.set_how(goal, text));
    }

    pub fn set_board_ideas(
        self,
        pid: &PartnershipId,
        board_id: &str,
        goal: GoalNumber,
        text: &str,
    ) {
        self.update_board(pid, board_id, |b| b.set_ideas(goal, text));
    }

    pub fn set_board_opportunity(
        self,
        pid: &PartnershipId,
        board_id: &str,
        goal: GoalNumber,
        on: bool,
    ) {
        self.update_board(pid, board_id, |b| b.set_opportunity(goal, on));
    }
}
