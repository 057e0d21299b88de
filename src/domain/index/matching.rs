//! Matching: which goals the partners can learn on, from each other or together.
//!
//! For one round and the partnership's [`Thresholds`], every goal is classified
//! from the two partners' scores:
//!
//! | partner A | partner B | match |
//! |---|---|---|
//! | strong (≥ strong) | weak (≤ weak) | peer learning A → B |
//! | weak | strong | peer learning B → A |
//! | weak | weak | joint learning |
//! | strong | strong | shared strength |
//! | anything else | | no match |
//!
//! "Don't know" and "not applicable" never match: such goals are listed as to be
//! discussed. Goals a partner has not scored yet match nothing either.
//!
//! Order (stable, so a projected list never jumps for no reason): peer learning
//! first, the largest gap first; then joint learning, the weakest pair first
//! (lowest sum); then shared strengths, the strongest pair first; ties by goal
//! number. The order never depends on which partner is A, so swapping the
//! partners only swaps the directions.

use super::score::{Level, Score};
use super::{IndexRound, Thresholds};
use crate::domain::file_format::problem::{Broken, ProblemKind};
use crate::domain::short_sort::sort_short_by_key;
use crate::domain::{GoalNumber, Side};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// `from` is strong and shares with the other partner, who is weak.
    PeerLearning { from: Side },
    /// Both weak: look for good practice, field visits or training together.
    JointLearning,
    /// Both strong: something to show others, or to build on together.
    SharedStrength,
}

impl MatchKind {
    fn rank(self) -> u8 {
        match self {
            MatchKind::PeerLearning { .. } => 0,
            MatchKind::JointLearning => 1,
            MatchKind::SharedStrength => 2,
        }
    }

    /// The same match seen with the partners swapped.
    pub fn swapped(self) -> MatchKind {
        match self {
            MatchKind::PeerLearning { from } => MatchKind::PeerLearning { from: from.other() },
            other => other,
        }
    }
}

/// One goal's match.
///
/// On the wire: `{"goal": 6, "kind": "peer_learning", "from": "a", "to": "b"}`,
/// `{"goal": 3, "kind": "joint_learning"}` or `{"goal": 17, "kind": "shared_strength"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "MatchWire", into = "MatchWire")]
pub struct Match {
    pub goal: GoalNumber,
    pub kind: MatchKind,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum KindWord {
    PeerLearning,
    JointLearning,
    SharedStrength,
}

#[derive(Serialize, Deserialize)]
pub(crate) struct MatchWire {
    goal: GoalNumber,
    kind: KindWord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<Side>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<Side>,
}

impl From<Match> for MatchWire {
    fn from(m: Match) -> MatchWire {
        let (kind, from, to) = match m.kind {
            MatchKind::PeerLearning { from } => {
                (KindWord::PeerLearning, Some(from), Some(from.other()))
            }
            MatchKind::JointLearning => (KindWord::JointLearning, None, None),
            MatchKind::SharedStrength => (KindWord::SharedStrength, None, None),
        };
        MatchWire {
            goal: m.goal,
            kind,
            from,
            to,
        }
    }
}

impl TryFrom<MatchWire> for Match {
    type Error = Broken;
    fn try_from(w: MatchWire) -> Result<Self, Broken> {
        let kind = match (w.kind, w.from, w.to) {
            (KindWord::PeerLearning, Some(from), Some(to)) if to == from.other() => {
                MatchKind::PeerLearning { from }
            }
            (KindWord::JointLearning, None, None) => MatchKind::JointLearning,
            (KindWord::SharedStrength, None, None) => MatchKind::SharedStrength,
            // Peer learning goes from one partner to the other; the others go nowhere.
            _ => return Err(Broken::new(&["from"], ProblemKind::MatchDirection)),
        };
        Ok(Match { goal: w.goal, kind })
    }
}

/// Everything the matching says about a round.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    /// Ranked as described in the module documentation.
    pub matches: Vec<Match>,
    /// Goals where a partner said "don't know" or "not applicable", in goal order.
    pub to_discuss: Vec<GoalNumber>,
    /// Goals that are not scored yet by at least one partner (and not to be discussed).
    pub unscored: Vec<GoalNumber>,
}

/// The match of one goal, or `None`. Only two levels can match.
pub fn classify(a: Option<Score>, b: Option<Score>, t: Thresholds) -> Option<MatchKind> {
    let (a, b) = (a?.level()?, b?.level()?);
    match (t.is_strong(a), t.is_weak(a), t.is_strong(b), t.is_weak(b)) {
        (true, _, _, true) => Some(MatchKind::PeerLearning { from: Side::A }),
        (_, true, true, _) => Some(MatchKind::PeerLearning { from: Side::B }),
        (_, true, _, true) => Some(MatchKind::JointLearning),
        (true, _, true, _) => Some(MatchKind::SharedStrength),
        _ => None,
    }
}

/// Matches for the given scores per goal (`(goal, A's score, B's score)`).
pub fn match_pairs(
    pairs: &[(GoalNumber, Option<Score>, Option<Score>)],
    t: Thresholds,
) -> Matching {
    let mut out = Matching::default();
    let mut ranked: Vec<((u8, i16, GoalNumber), Match)> = Vec::new();
    for &(goal, a, b) in pairs {
        if a.is_some_and(Score::is_unknown) || b.is_some_and(Score::is_unknown) {
            out.to_discuss.push(goal);
            continue;
        }
        if a.is_none() || b.is_none() {
            out.unscored.push(goal);
            continue;
        }
        let Some(kind) = classify(a, b, t) else {
            continue;
        };
        let lv = |s: Option<Score>| {
            s.and_then(Score::level)
                .map_or(0, |l: Level| i16::from(l.get()))
        };
        let (la, lb) = (lv(a), lv(b));
        let key = match kind {
            MatchKind::PeerLearning { .. } => -(la - lb).abs(),
            MatchKind::JointLearning => la + lb,
            MatchKind::SharedStrength => -(la + lb),
        };
        ranked.push(((kind.rank(), key, goal), Match { goal, kind }));
    }
    // At most one entry per goal in each list.
    sort_short_by_key(&mut ranked, |(k, _)| *k);
    out.matches = ranked.into_iter().map(|(_, m)| m).collect();
    sort_short_by_key(&mut out.to_discuss, |g| *g);
    sort_short_by_key(&mut out.unscored, |g| *g);
    out
}

/// Everything the matching says about a round, for the given thresholds.
pub fn round_matching(round: &IndexRound, t: Thresholds) -> Matching {
    match_pairs(&round.pairs(), t)
}

/// The matches of a round, ranked: what the file format's `results` writes.
pub fn round_matches(round: &IndexRound, t: Thresholds) -> Vec<Match> {
    round_matching(round, t).matches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::index::tests::{g, lv};
    use crate::domain::index::Method;

    type Pairs = Vec<(GoalNumber, Option<Score>, Option<Score>)>;

    /// Every value a partner's score can take, "not scored yet" included.
    fn all_values() -> Vec<Option<Score>> {
        std::iter::once(None)
            .chain(Score::choices().map(Some))
            .collect()
    }

    fn all_thresholds() -> Vec<Thresholds> {
        let mut out = Vec::new();
        for s in Level::all() {
            for w in Level::all() {
                out.extend(Thresholds::new(s, w));
            }
        }
        out
    }

    /// A small deterministic generator (64-bit LCG): no dependency, same cases every run.
    struct Gen(u64);
    impl Gen {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) % n as u64) as usize
        }
        fn pairs(&mut self) -> Pairs {
            let values = all_values();
            GoalNumber::all()
                .map(|goal| {
                    let a = values[self.next(values.len())];
                    let b = values[self.next(values.len())];
                    (goal, a, b)
                })
                .collect()
        }
    }

    fn cases() -> impl Iterator<Item = (Pairs, Thresholds)> {
        let mut gen = Gen(42);
        let ts = all_thresholds();
        (0..3000).map(move |i| (gen.pairs(), ts[i % ts.len()]))
    }

    fn swap(p: &Pairs) -> Pairs {
        p.iter().map(|&(g, a, b)| (g, b, a)).collect()
    }

    #[test]
    fn classify_follows_the_table_for_every_combination() {
        for t in all_thresholds() {
            for a in all_values() {
                for b in all_values() {
                    let got = classify(a, b, t);
                    let (Some(la), Some(lb)) = (a.and_then(Score::level), b.and_then(Score::level))
                    else {
                        assert_eq!(got, None, "unknown never matches: {a:?} {b:?}");
                        continue;
                    };
                    let expected = match (
                        t.is_strong(la),
                        t.is_weak(la),
                        t.is_strong(lb),
                        t.is_weak(lb),
                    ) {
                        (true, false, false, true) => {
                            Some(MatchKind::PeerLearning { from: Side::A })
                        }
                        (false, true, true, false) => {
                            Some(MatchKind::PeerLearning { from: Side::B })
                        }
                        (false, true, false, true) => Some(MatchKind::JointLearning),
                        (true, false, true, false) => Some(MatchKind::SharedStrength),
                        _ => None,
                    };
                    assert_eq!(got, expected, "{la:?} {lb:?} {t:?}");
                }
            }
        }
    }

    #[test]
    fn defaults_strong_four_weak_two() {
        let t = Thresholds::default();
        let m = |a: u8, b: u8| classify(Some(lv(a)), Some(lv(b)), t);
        assert_eq!(m(4, 2), Some(MatchKind::PeerLearning { from: Side::A }));
        assert_eq!(m(1, 5), Some(MatchKind::PeerLearning { from: Side::B }));
        assert_eq!(m(2, 1), Some(MatchKind::JointLearning));
        assert_eq!(m(5, 4), Some(MatchKind::SharedStrength));
        assert_eq!(m(3, 1), None);
        assert_eq!(m(3, 5), None);
        assert_eq!(m(3, 3), None);
    }

    #[test]
    fn property_swapping_partners_swaps_directions_only() {
        for (pairs, t) in cases() {
            let m = match_pairs(&pairs, t);
            let s = match_pairs(&swap(&pairs), t);
            let flipped: Vec<Match> = m
                .matches
                .iter()
                .map(|x| Match {
                    goal: x.goal,
                    kind: x.kind.swapped(),
                })
                .collect();
            assert_eq!(s.matches, flipped);
            assert_eq!(s.to_discuss, m.to_discuss);
            assert_eq!(s.unscored, m.unscored);
        }
    }

    #[test]
    fn property_raising_the_strong_partner_keeps_its_peer_learning() {
        for (pairs, t) in cases().take(800) {
            for m in match_pairs(&pairs, t).matches {
                let MatchKind::PeerLearning { from } = m.kind else {
                    continue;
                };
                let i = m.goal.index();
                let current = match from {
                    Side::A => pairs[i].1,
                    Side::B => pairs[i].2,
                }
                .and_then(Score::level)
                .unwrap();
                for higher in Level::all().filter(|l| *l > current) {
                    let mut raised = pairs.clone();
                    match from {
                        Side::A => raised[i].1 = Some(Score::Level(higher)),
                        Side::B => raised[i].2 = Some(Score::Level(higher)),
                    }
                    assert!(
                        match_pairs(&raised, t).matches.contains(&m),
                        "{m:?} {higher:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn property_unknown_scores_never_match_and_are_listed() {
        for (pairs, t) in cases() {
            let m = match_pairs(&pairs, t);
            for &(goal, a, b) in &pairs {
                let unknown = a.is_some_and(Score::is_unknown) || b.is_some_and(Score::is_unknown);
                let matched = m.matches.iter().any(|x| x.goal == goal);
                if unknown || a.is_none() || b.is_none() {
                    assert!(!matched, "goal {goal}: {a:?} {b:?}");
                }
                assert_eq!(m.to_discuss.contains(&goal), unknown);
                assert!(!(m.to_discuss.contains(&goal) && m.unscored.contains(&goal)));
            }
        }
    }

    #[test]
    fn property_ranked_within_each_kind_with_goal_tie_break() {
        for (pairs, t) in cases() {
            let m = match_pairs(&pairs, t).matches;
            let level = |goal: GoalNumber, side: Side| {
                let p = pairs[goal.index()];
                let s = if side == Side::A { p.1 } else { p.2 };
                i16::from(s.unwrap().level().unwrap().get())
            };
            let key = |x: &Match| {
                let (a, b) = (level(x.goal, Side::A), level(x.goal, Side::B));
                match x.kind {
                    MatchKind::PeerLearning { .. } => (0, -(a - b).abs()),
                    MatchKind::JointLearning => (1, a + b),
                    MatchKind::SharedStrength => (2, -(a + b)),
                }
            };
            for w in m.windows(2) {
                let (k0, k1) = (key(&w[0]), key(&w[1]));
                assert!(k0 < k1 || (k0 == k1 && w[0].goal < w[1].goal), "{w:?}");
            }
        }
    }

    #[test]
    fn ranks_a_known_round() {
        let mut r = IndexRound::new("r".into(), "2025", Method::Dialogue, String::new()).unwrap();
        let set = |r: &mut IndexRound, goal: u8, a: Score, b: Score| {
            r.set_score(Side::A, g(goal), Some(a));
            r.set_score(Side::B, g(goal), Some(b));
        };
        set(&mut r, 5, lv(4), lv(2)); // gap 2
        set(&mut r, 16, lv(1), lv(5)); // gap 4, B → A
        set(&mut r, 6, lv(5), lv(1)); // gap 4
        set(&mut r, 13, lv(2), lv(2));
        set(&mut r, 12, lv(1), lv(2));
        set(&mut r, 17, lv(5), lv(4));
        set(&mut r, 3, lv(3), lv(1));
        set(&mut r, 7, Score::DontKnow, lv(1));
        set(&mut r, 8, lv(5), Score::NotApplicable);
        let m = round_matching(&r, Thresholds::default());
        let got: Vec<(u8, MatchKind)> = m.matches.iter().map(|x| (x.goal.get(), x.kind)).collect();
        use MatchKind::*;
        assert_eq!(
            got,
            [
                (6, PeerLearning { from: Side::A }),
                (16, PeerLearning { from: Side::B }),
                (5, PeerLearning { from: Side::A }),
                (12, JointLearning),
                (13, JointLearning),
                (17, SharedStrength),
            ]
        );
        assert_eq!(m.to_discuss, [g(7), g(8)]);
        assert!(
            !m.unscored.contains(&g(3)),
            "3 is scored, it just does not match"
        );
        assert_eq!(m.unscored.len(), 17 - 9);
        assert_eq!(round_matches(&r, Thresholds::default()), m.matches);
    }

    #[test]
    fn match_wire_form() {
        let peer = Match {
            goal: g(6),
            kind: MatchKind::PeerLearning { from: Side::B },
        };
        let json = serde_json::to_string(&peer).unwrap();
        assert_eq!(
            json,
            r#"{"goal":6,"kind":"peer_learning","from":"b","to":"a"}"#
        );
        assert_eq!(serde_json::from_str::<Match>(&json).unwrap(), peer);
        let joint = Match {
            goal: g(3),
            kind: MatchKind::JointLearning,
        };
        let json = serde_json::to_string(&joint).unwrap();
        assert_eq!(json, r#"{"goal":3,"kind":"joint_learning"}"#);
        assert_eq!(serde_json::from_str::<Match>(&json).unwrap(), joint);
        let shared = r#"{"goal":17,"kind":"shared_strength"}"#;
        assert_eq!(
            serde_json::to_string(&serde_json::from_str::<Match>(shared).unwrap()).unwrap(),
            shared
        );
        for bad in [
            r#"{"goal":6,"kind":"peer_learning","from":"a","to":"a"}"#,
            r#"{"goal":6,"kind":"peer_learning","from":"a"}"#,
            r#"{"goal":6,"kind":"joint_learning","from":"a","to":"b"}"#,
            r#"{"goal":18,"kind":"joint_learning"}"#,
            r#"{"goal":6,"kind":"rivalry"}"#,
        ] {
            assert!(serde_json::from_str::<Match>(bad).is_err(), "{bad}");
        }
    }
}
