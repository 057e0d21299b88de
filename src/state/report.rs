//! What the code that reads stored data found wrong, on its way to the view
//! that tells it.

use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

/// A typed value behind a type-erased, shared pointer. It is made in the
/// codec's chunk and read in the stored views' chunk; the main module, which
/// only passes it from one to the other (start-up, the store's notice), then
/// carries no code to copy or drop a typed problem: that glue was half a
/// kilobyte of the first download.
pub struct Report<T>(Arc<dyn Any + Send + Sync>, PhantomData<fn() -> T>);

impl<T: Any + Send + Sync> Report<T> {
    pub fn new(what: T) -> Report<T> {
        Report(Arc::new(what), PhantomData)
    }

    /// Always there: a report is only ever made from a `T`.
    pub fn get(&self) -> Option<&T> {
        self.0.downcast_ref()
    }
}

impl<T> Clone for Report<T> {
    fn clone(&self) -> Self {
        Report(self.0.clone(), PhantomData)
    }
}

/// The same report, not an equal one: what it holds is not compared.
impl<T> PartialEq for Report<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Report<T> {}

impl<T> std::fmt::Debug for Report<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Report")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_it_was_made_from() {
        let report = Report::new(vec![1, 2]);
        assert_eq!(report.get(), Some(&vec![1, 2]));
        let copy = report.clone();
        assert_eq!(copy, report);
        assert_ne!(Report::new(vec![1, 2]), report);
    }
}
