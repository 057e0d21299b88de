//! Store intents of the citizen consultation. Each goes through `Store::edit`
//! (or `Store::delete_in`), so autosave keeps it, and each checks with the
//! domain first, so a refused entry changes nothing.

use super::browser::new_id;
use super::storage::now_iso;
use super::Store;
use crate::domain::consultation::against::propose_priority;
use crate::domain::consultation::{AgeBand, Gender};
use crate::domain::consultation::{
    Ballot, BallotError, BallotGoal, Channel, Consultation, OwnGoalDraft, OwnGoalError, PaperTally,
    Pick, PlaceDraft, PlaceError, SetupDraft, SetupError, TallyError,
};
use crate::domain::plan::PriorityError;
use crate::domain::{GoalNumber, PartnershipId};

/// A ballot as the stand's form gives it, before it has an id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BallotDraft {
    pub picks: Vec<Pick>,
    pub age: Option<AgeBand>,
    pub gender: Option<Gender>,
}

impl Store {
    /// Runs `f` on consultation `cid` of `pid` and keeps what it changed, if
    /// it says `Ok`; returns its answer (`None`: no such consultation).
    fn with_consultation<T, E>(
        self,
        pid: &PartnershipId,
        cid: &str,
        f: impl FnOnce(&mut Consultation) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        let mut answer = None;
        self.edit(pid, |p| {
            let mut list = p.consultations.list();
            if let Some(c) = list.iter_mut().find(|c| c.id == cid) {
                let result = f(c);
                if result.is_ok() {
                    p.consultations = list.into();
                }
                answer = Some(result);
            }
        });
        answer
    }

    /// Starts the partnership's consultation; returns its id.
    pub fn start_consultation(
        self,
        pid: &PartnershipId,
        draft: &SetupDraft,
    ) -> Result<String, SetupError> {
        let c = Consultation::new(new_id("c"), draft, &now_iso())?;
        let id = c.id.clone();
        self.edit(pid, |p| p.consultations.edit(|list| list.push(c)));
        Ok(id)
    }

    pub fn set_up_consultation(
        self,
        pid: &PartnershipId,
        cid: &str,
        draft: &SetupDraft,
    ) -> Result<(), SetupError> {
        self.with_consultation(pid, cid, |c| c.set_up(draft))
            .unwrap_or(Ok(()))
    }

    /// Adds the next own goal (18, 19…) to the ballot; returns it.
    pub fn add_own_goal(
        self,
        pid: &PartnershipId,
        cid: &str,
        draft: &OwnGoalDraft,
    ) -> Result<BallotGoal, OwnGoalError> {
        self.with_consultation(pid, cid, |c| {
            let goal = c.next_own_number().ok_or(OwnGoalError::Full)?;
            c.own_goals.push(draft.build(goal)?);
            Ok(goal)
        })
        .unwrap_or(Err(OwnGoalError::Full))
    }

    /// Takes an own goal off the ballot, unless someone picked it.
    pub fn remove_own_goal(self, pid: &PartnershipId, cid: &str, goal: BallotGoal) -> bool {
        self.with_consultation(pid, cid, |c| {
            if c.own_goal_used(goal) {
                return Err(());
            }
            c.own_goals.retain(|o| o.goal != goal);
            Ok(())
        })
        .is_some_and(|r| r.is_ok())
    }

    pub fn add_place(
        self,
        pid: &PartnershipId,
        cid: &str,
        draft: &PlaceDraft,
    ) -> Result<String, PlaceError> {
        let place = draft.build(new_id("pl"))?;
        let id = place.id.clone();
        self.with_consultation(pid, cid, |c| {
            c.places.push(place);
            Ok::<_, PlaceError>(())
        });
        Ok(id)
    }

    /// Deletes a place and what was entered there; undo brings it back.
    pub fn delete_place(self, pid: &PartnershipId, cid: &str, place: &str) {
        self.delete_in(
            pid,
            |p| {
                let list = p.consultations.list();
                let c = list.iter().find(|c| c.id == cid)?;
                Some(c.place(place)?.name.clone())
            },
            |p| {
                p.consultations.edit(|list| {
                    for c in list.iter_mut().filter(|c| c.id == cid) {
                        c.places.retain(|pl| pl.id != place);
                    }
                })
            },
        );
    }

    /// Sets or corrects a place's paper count; its single ballots stay.
    pub fn set_paper(
        self,
        pid: &PartnershipId,
        cid: &str,
        place: &str,
        tally: PaperTally,
    ) -> Result<(), TallyError> {
        self.with_consultation(pid, cid, |c| c.set_paper(place, tally))
            .unwrap_or(Ok(()))
    }

    /// Adds one person's ballot at a place; returns how many it now has.
    pub fn add_ballot(
        self,
        pid: &PartnershipId,
        cid: &str,
        place: &str,
        draft: &BallotDraft,
    ) -> Result<usize, BallotError> {
        let ballot = Ballot {
            id: new_id("bl"),
            via: Channel::Stand,
            picks: draft.picks.clone(),
            age: draft.age,
            gender: draft.gender,
        };
        self.with_consultation(pid, cid, |c| {
            c.add_ballot(place, ballot)?;
            Ok(c.place(place).map_or(0, |p| p.ballots.len()))
        })
        .unwrap_or(Err(BallotError::NoPicks))
    }

    /// Takes back the last ballot entered at a place (a slip at the stand).
    pub fn remove_last_ballot(self, pid: &PartnershipId, cid: &str, place: &str) {
        self.with_consultation(pid, cid, |c| {
            let p = c.place_mut(place).ok_or(())?;
            p.ballots.pop().map(|_| ()).ok_or(())
        });
    }

    /// Turns a citizen priority into a priority goal of the plan; returns its year.
    pub fn propose_priority(
        self,
        pid: &PartnershipId,
        goal: GoalNumber,
    ) -> Result<i32, PriorityError> {
        let this_year: i32 = now_iso()
            .get(0..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or(2026);
        let mut answer = Err(PriorityError::YearFull);
        self.edit(pid, |p| {
            answer = propose_priority(&mut p.priorities, goal, this_year)
        });
        answer
    }
}
