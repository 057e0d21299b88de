//! What people said, added up: paper tallies and single ballots (from a stand
//! or a phone) count alike, per place, per municipality and per age band.
//! Goals are ranked by how many people picked them; a share is of the people
//! who answered, never of the picks, so it reads "4 in 10 people chose this".

use super::{AgeBand, Ballot, BallotGoal, Consultation, Place, Trend};
use crate::domain::Side;

/// How one goal fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalTally {
    pub goal: BallotGoal,
    /// People who picked it.
    pub count: u32,
    /// Of those who said how things went (single ballots only).
    pub better: u32,
    pub same: u32,
    pub worse: u32,
}

/// The result of some ballots: how many people answered, and every goal on
/// the ballot ranked by how many of them picked it (most first; ties in goal
/// order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub respondents: u32,
    pub goals: Vec<GoalTally>,
}

impl Tally {
    fn empty(c: &Consultation) -> Tally {
        Tally {
            respondents: 0,
            goals: c
                .ballot_goals()
                .into_iter()
                .map(|goal| GoalTally {
                    goal,
                    count: 0,
                    better: 0,
                    same: 0,
                    worse: 0,
                })
                .collect(),
        }
    }

    fn slot(&mut self, goal: BallotGoal) -> Option<&mut GoalTally> {
        self.goals.iter_mut().find(|g| g.goal == goal)
    }

    fn add_ballot(&mut self, b: &Ballot) {
        self.respondents += 1;
        for pick in &b.picks {
            if let Some(g) = self.slot(pick.goal) {
                g.count += 1;
                match pick.trend {
                    Some(Trend::Better) => g.better += 1,
                    Some(Trend::Same) => g.same += 1,
                    Some(Trend::Worse) => g.worse += 1,
                    None => {}
                }
            }
        }
    }

    fn add_place(&mut self, p: &Place, age: Option<AgeBand>) {
        if age.is_none() {
            if let Some(paper) = &p.paper {
                self.respondents += paper.respondents;
                for c in &paper.counts {
                    if let Some(g) = self.slot(c.goal) {
                        g.count += c.count;
                    }
                }
            }
        }
        for b in p.ballots.iter().filter(|b| age.is_none() || b.age == age) {
            self.add_ballot(b);
        }
    }

    fn ranked(mut self) -> Tally {
        self.goals
            .sort_by(|x, y| y.count.cmp(&x.count).then(x.goal.cmp(&y.goal)));
        self
    }

    pub fn get(&self, goal: BallotGoal) -> Option<&GoalTally> {
        self.goals.iter().find(|g| g.goal == goal)
    }

    /// The share of respondents who picked `goal`, in whole per cent.
    pub fn percent(&self, goal: BallotGoal) -> u32 {
        let count = self.get(goal).map_or(0, |g| g.count);
        percent(count, self.respondents)
    }

    /// The goals ranked in the first `n` places (ties at the last place
    /// included), among those anyone picked.
    pub fn top(&self, n: usize) -> Vec<BallotGoal> {
        let picked: Vec<&GoalTally> = self.goals.iter().filter(|g| g.count > 0).collect();
        let Some(last) = picked.get(n.saturating_sub(1)).or(picked.last()) else {
            return Vec::new();
        };
        let floor = if picked.len() > n { last.count } else { 1 };
        picked
            .into_iter()
            .filter(|g| g.count >= floor)
            .map(|g| g.goal)
            .collect()
    }
}

/// `count` of `of`, in whole per cent, rounded half up.
pub fn percent(count: u32, of: u32) -> u32 {
    if of == 0 {
        return 0;
    }
    let (count, of) = (u64::from(count), u64::from(of));
    u32::try_from((count * 200 + of) / (2 * of)).unwrap_or(u32::MAX)
}

/// One place's result.
pub fn of_place(c: &Consultation, place: &Place) -> Tally {
    let mut t = Tally::empty(c);
    t.add_place(place, None);
    t.ranked()
}

/// A municipality's result: all its places together.
pub fn of_side(c: &Consultation, side: Side) -> Tally {
    let mut t = Tally::empty(c);
    for p in c.places.iter().filter(|p| p.side == side) {
        t.add_place(p, None);
    }
    t.ranked()
}

/// A municipality's result per age band, from the ballots that give one
/// (paper tallies are counted per place, without ages). Bands nobody gave
/// are left out.
pub fn by_age(c: &Consultation, side: Side) -> Vec<(AgeBand, Tally)> {
    AgeBand::ALL
        .into_iter()
        .filter_map(|band| {
            let mut t = Tally::empty(c);
            for p in c.places.iter().filter(|p| p.side == side) {
                t.add_place(p, Some(band));
            }
            (t.respondents > 0).then(|| (band, t.ranked()))
        })
        .collect()
}

/// How many goals count as a municipality's priorities.
pub const TOP: usize = 5;

/// Where the two municipalities' citizens differ: the priorities of one that
/// are not among the other's. Input for the dialogue, never a score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    pub shared: Vec<BallotGoal>,
    pub only_a: Vec<BallotGoal>,
    pub only_b: Vec<BallotGoal>,
}

pub fn difference(a: &Tally, b: &Tally) -> Difference {
    let (top_a, top_b) = (a.top(TOP), b.top(TOP));
    Difference {
        shared: top_a
            .iter()
            .copied()
            .filter(|g| top_b.contains(g))
            .collect(),
        only_a: top_a
            .iter()
            .copied()
            .filter(|g| !top_b.contains(g))
            .collect(),
        only_b: top_b
            .iter()
            .copied()
            .filter(|g| !top_a.contains(g))
            .collect(),
    }
}
