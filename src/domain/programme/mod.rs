//! A programme: a named set of partnerships that one coordinator follows
//! together (a municipality with several partners, or a programme such as
//! GLoBe that supports many twinnings), and what can be read across them.
//!
//! Nothing here ranks a municipality or a partnership: every list is in goal
//! order, then in the programme's own order, and each partner is measured only
//! against itself (its partnership's thresholds, its own plan).

pub mod csv;
mod gaps;
mod learning;
mod member;
mod plan;
mod stored;

#[cfg(test)]
mod tests;

pub use gaps::{gaps, GoalGaps};
pub use learning::{learning, JointNeed, Learning, PeerAcross, Standing};
pub use member::{Member, MemberSources};
pub use plan::{add_days, plan, MemberPlan, DUE_SOON_DAYS};
pub use stored::{programmes_from_json, programmes_to_json};

use super::partnership::{Partnership, PartnershipId};
use super::text::{clean_line, TextError, NAME_MAX};

/// A named set of partnerships, in the order the coordinator chose them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Programme {
    pub id: String,
    pub name: String,
    /// Without repeats. A partnership deleted since stays listed until the
    /// programme is saved again, so nothing vanishes without a word.
    pub partnerships: Vec<PartnershipId>,
}

/// What a person fills in for a programme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProgrammeDraft {
    pub name: String,
    pub partnerships: Vec<PartnershipId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgrammeError {
    Name(TextError),
    /// A programme follows at least one partnership.
    NoPartnership,
}

impl ProgrammeDraft {
    pub fn of(p: &Programme) -> ProgrammeDraft {
        ProgrammeDraft {
            name: p.name.clone(),
            partnerships: p.partnerships.clone(),
        }
    }

    pub fn build(&self, id: String) -> Result<Programme, ProgrammeError> {
        let name = clean_line(&self.name, NAME_MAX).map_err(ProgrammeError::Name)?;
        let mut partnerships: Vec<PartnershipId> = Vec::new();
        for id in &self.partnerships {
            if !partnerships.contains(id) {
                partnerships.push(id.clone());
            }
        }
        if partnerships.is_empty() {
            return Err(ProgrammeError::NoPartnership);
        }
        Ok(Programme {
            id,
            name,
            partnerships,
        })
    }

    pub fn toggle(&mut self, id: &PartnershipId) {
        match self.partnerships.iter().position(|p| p == id) {
            Some(at) => {
                self.partnerships.remove(at);
            }
            None => self.partnerships.push(id.clone()),
        }
    }
}

/// Everything the overview shows, worked out once from the programme's
/// partnerships (in its order) and the day it is (`YYYY-MM-DD`: the domain
/// has no clock).
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub members: Vec<Member>,
    pub gaps: Vec<GoalGaps>,
    pub learning: Learning,
    pub plans: Vec<MemberPlan>,
}

impl Overview {
    pub fn of(partnerships: &[&Partnership], today: &str) -> Overview {
        let sources: Vec<MemberSources> =
            partnerships.iter().map(|p| MemberSources::of(p)).collect();
        Overview {
            members: sources.iter().map(|s| s.member.clone()).collect(),
            gaps: gaps(&sources),
            learning: learning(&sources),
            plans: partnerships.iter().map(|p| plan(p, today)).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}
