//! Store intents of the joint indicators. Each goes through `Store::edit`, so
//! autosave keeps it and undo takes it back, and each checks with the domain
//! first, so a refused entry changes nothing.

use super::browser::new_id;
use super::Store;
use crate::domain::indicator::{self, Indicator, IndicatorDraft, IndicatorError, ValueError};
use crate::domain::{PartnershipId, Side};

impl Store {
    /// Runs `f` on indicator `iid` of `pid` and keeps what it changed if it
    /// says `Ok`; `None`: no such indicator.
    fn with_indicator<T, E>(
        self,
        pid: &PartnershipId,
        iid: &str,
        f: impl FnOnce(&mut Indicator) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        let mut answer = None;
        self.edit(pid, |p| {
            let mut list = p.indicators.list();
            if let Some(i) = list.iter_mut().find(|i| i.id == iid) {
                let result = f(i);
                if result.is_ok() {
                    p.indicators = list.into();
                }
                answer = Some(result);
            }
        });
        answer
    }

    /// Adds an indicator; returns its id.
    pub fn add_indicator(
        self,
        pid: &PartnershipId,
        draft: &IndicatorDraft,
    ) -> Result<String, IndicatorError> {
        let id = new_id("i");
        let mut result = Err(IndicatorError::NoGoal);
        self.edit(pid, |p| {
            let mut list = p.indicators.list();
            result = indicator::add(&mut list, id.clone(), draft);
            if result.is_ok() {
                p.indicators = list.into();
            }
        });
        result.map(|()| id)
    }

    pub fn change_indicator(
        self,
        pid: &PartnershipId,
        iid: &str,
        draft: &IndicatorDraft,
    ) -> Result<(), IndicatorError> {
        self.with_indicator(pid, iid, |i| indicator::change(i, draft))
            .unwrap_or(Ok(()))
    }

    /// Removes an indicator with both partners' values; the undo bar names it
    /// and brings it back.
    pub fn remove_indicator(self, pid: &PartnershipId, iid: &str) {
        self.delete_in(
            pid,
            |p| {
                let list = p.indicators.list();
                Some(list.into_iter().find(|i| i.id == iid)?.name)
            },
            |p| p.indicators.edit(|list| list.retain(|i| i.id != iid)),
        );
    }

    /// One partner's baseline and target, set together.
    pub fn set_indicator_plan(
        self,
        pid: &PartnershipId,
        iid: &str,
        side: Side,
        baseline: Option<(i32, f64)>,
        target: Option<(i32, f64)>,
    ) -> Result<(), ValueError> {
        self.with_indicator(pid, iid, |i| i.follow_mut(side).set_plan(baseline, target))
            .unwrap_or(Ok(()))
    }

    #[allow(clippy::too_many_arguments)]
    pub fn set_indicator_value(
        self,
        pid: &PartnershipId,
        iid: &str,
        side: Side,
        year: i32,
        value: f64,
        note: &str,
        source: &str,
    ) -> Result<(), ValueError> {
        self.with_indicator(pid, iid, |i| {
            i.follow_mut(side).set_value(year, value, note, source)
        })
        .unwrap_or(Ok(()))
    }

    pub fn remove_indicator_value(self, pid: &PartnershipId, iid: &str, side: Side, year: i32) {
        self.with_indicator(pid, iid, |i| {
            i.follow_mut(side).remove_value(year);
            Ok::<(), ()>(())
        });
    }

    /// A series from a CSV file or a paste; returns how many years were new.
    pub fn take_indicator_series(
        self,
        pid: &PartnershipId,
        iid: &str,
        side: Side,
        points: &[(i32, f64)],
        source: &str,
    ) -> Result<usize, ValueError> {
        self.with_indicator(pid, iid, |i| i.follow_mut(side).take_series(points, source))
            .unwrap_or(Ok(0))
    }
}
