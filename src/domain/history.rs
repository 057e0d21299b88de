//! Bounded undo and redo by snapshots. A workspace is small (kilobytes), so a
//! snapshot per destructive action is cheaper to get right than inverse operations.

/// How many steps back a person can go.
pub const DEPTH: usize = 30;

#[derive(Clone, Debug, PartialEq)]
pub struct History<A, T> {
    undo: Vec<(A, T)>,
    redo: Vec<(A, T)>,
}

impl<A, T> Default for History<A, T> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }
}

impl<A: Clone, T> History<A, T> {
    /// Remembers `before`, the state just before `action` changed it. A new
    /// action makes the redo list meaningless, so it is cleared.
    pub fn record(&mut self, action: A, before: T) {
        self.undo.push((action, before));
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Takes back the last action: returns the state to go back to, and keeps
    /// `current` for redo.
    pub fn undo(&mut self, current: T) -> Option<(A, T)> {
        let (action, before) = self.undo.pop()?;
        self.redo.push((action.clone(), current));
        Some((action, before))
    }

    pub fn redo(&mut self, current: T) -> Option<(A, T)> {
        let (action, after) = self.redo.pop()?;
        self.undo.push((action.clone(), current));
        Some((action, after))
    }

    /// Changes every remembered state, undo's and redo's alike: for what is
    /// gone for good, which no step may bring back.
    pub fn each_state(&mut self, mut f: impl FnMut(&mut T)) {
        for (_, state) in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            f(state);
        }
    }

    pub fn last_undo(&self) -> Option<&A> {
        self.undo.last().map(|(a, _)| a)
    }

    pub fn last_redo(&self) -> Option<&A> {
        self.redo.last().map(|(a, _)| a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_then_redo_round_trips() {
        let mut h = History::default();
        let mut state = vec![1, 2, 3];
        h.record("delete 2", state.clone());
        state.retain(|&x| x != 2);
        let (_, back) = h.undo(state.clone()).unwrap();
        assert_eq!(back, [1, 2, 3]);
        let (action, again) = h.redo(back).unwrap();
        assert_eq!((action, again), ("delete 2", vec![1, 3]));
        assert!(h.redo(vec![]).is_none());
    }

    #[test]
    fn each_state_reaches_undo_and_redo_alike() {
        let mut h = History::default();
        h.record("delete 3", vec![1, 2, 3]);
        h.record("delete 2", vec![1, 2]);
        let (_, back) = h.undo(vec![1]).unwrap();
        assert_eq!(back, [1, 2]);
        h.each_state(|s| s.retain(|&x| x != 1));
        let (_, again) = h.redo(back).unwrap();
        assert_eq!(again, Vec::<i32>::new(), "the redo state lost 1");
        let (_, first) = h.undo(again).unwrap();
        assert_eq!(first, [1, 2], "the current state is not a remembered one");
        let (_, oldest) = h.undo(first).unwrap();
        assert_eq!(oldest, [2, 3], "the undo state lost 1");
    }

    #[test]
    fn is_bounded_and_a_new_action_clears_redo() {
        let mut h = History::default();
        for i in 0..(DEPTH + 5) {
            h.record(i, i);
        }
        let mut undone = 0;
        while h.undo(0).is_some() {
            undone += 1;
        }
        assert_eq!(undone, DEPTH);
        h.record(99, 99);
        assert!(h.last_redo().is_none());
        assert_eq!(h.last_undo(), Some(&99));
    }
}
