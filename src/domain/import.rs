//! Importing a file: first a plan the user can read (what is new, what
//! changes, what conflicts, what was left out), then applying it in one step.
//! Nothing here touches the current workspace: `plan` borrows it, `apply`
//! returns a new one, so a failure leaves the data exactly as it was.

use super::file_format::{restore, Dropped, RestoreError};
use super::merge::{merge, Choice, Conflict};
use super::partnership::{Partnership, PartnershipId};
use super::workspace::Workspace;
use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum PlanItem {
    /// Not on this device yet: it will be added.
    New { partnership: Partnership },
    /// Already here: values from the file fill in (`additions`), and where both
    /// changed the same thing the user chooses (`conflicts`).
    // Boxed: two whole partnerships would make every item of a long plan as
    // large as this variant.
    Update {
        mine: Box<Partnership>,
        theirs: Box<Partnership>,
        additions: usize,
        conflicts: Vec<Conflict>,
    },
    /// Already here, nothing new in the file.
    Unchanged { partnership: Partnership },
}

impl PlanItem {
    pub fn id(&self) -> &PartnershipId {
        match self {
            PlanItem::New { partnership } | PlanItem::Unchanged { partnership } => &partnership.id,
            PlanItem::Update { mine, .. } => &mine.id,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            PlanItem::New { partnership } | PlanItem::Unchanged { partnership } => {
                &partnership.name
            }
            PlanItem::Update { mine, .. } => &mine.name,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub items: Vec<PlanItem>,
    pub dropped: Vec<Dropped>,
    pub from_version: u64,
}

impl ImportPlan {
    pub fn changes_anything(&self) -> bool {
        self.items
            .iter()
            .any(|i| !matches!(i, PlanItem::Unchanged { .. }))
    }

    pub fn conflict_count(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i {
                PlanItem::Update { conflicts, .. } => conflicts.len(),
                _ => 0,
            })
            .sum()
    }
}

/// Reads `text` and works out what importing it into `existing` would do.
pub fn plan(existing: &Workspace, text: &str) -> Result<ImportPlan, RestoreError> {
    let restored = restore(text)?;
    Ok(ImportPlan {
        items: items(existing, restored.workspace.partnerships),
        dropped: restored.dropped,
        from_version: restored.from_version,
    })
}

/// What each partnership of a file would become on this device.
fn items(existing: &Workspace, incoming: Vec<Partnership>) -> Vec<PlanItem> {
    incoming
        .into_iter()
        .map(|theirs| match existing.get(&theirs.id) {
            None => PlanItem::New {
                partnership: theirs,
            },
            Some(mine) => {
                let merged = merge(&to_value(mine), &to_value(&theirs), &[]);
                if merged.additions == 0 && merged.conflicts.is_empty() {
                    PlanItem::Unchanged {
                        partnership: mine.clone(),
                    }
                } else {
                    PlanItem::Update {
                        mine: Box::new(mine.clone()),
                        theirs: Box::new(theirs),
                        additions: merged.additions,
                        conflicts: merged.conflicts,
                    }
                }
            }
        })
        .collect()
}

/// Several files chosen at once (a coordinator's dozen partnership files, or
/// a folder of them): one plan for all that can be read, applied in one
/// undoable step, and each file's own outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct FilesPlan {
    pub plan: ImportPlan,
    /// Each file in the order given: how many partnerships it holds, or why
    /// it cannot be read (then nothing of it is in the plan).
    pub files: Vec<(String, Result<usize, RestoreError>)>,
    /// Values on which two files disagree about one partnership: the file
    /// given first is kept, and the preview says so.
    pub between_files: usize,
}

/// Reads every `(name, text)` and plans importing all of them. Files about
/// the same partnership (each partner's own) are merged first, in order.
pub fn plan_files(existing: &Workspace, files: &[(String, String)]) -> FilesPlan {
    let mut incoming: Vec<Partnership> = Vec::new();
    let mut dropped = Vec::new();
    let mut outcomes = Vec::new();
    let mut from_version = 0;
    let mut between_files = 0;
    for (name, text) in files {
        let restored = match restore(text) {
            Ok(r) => r,
            Err(e) => {
                outcomes.push((name.clone(), Err(e)));
                continue;
            }
        };
        outcomes.push((name.clone(), Ok(restored.workspace.partnerships.len())));
        from_version = from_version.max(restored.from_version);
        dropped.extend(restored.dropped);
        for theirs in restored.workspace.partnerships {
            let Some(earlier) = incoming.iter_mut().find(|p| p.id == theirs.id) else {
                incoming.push(theirs);
                continue;
            };
            let merged = merge(&to_value(earlier), &to_value(&theirs), &[]);
            between_files += merged.conflicts.len();
            if let Ok(p) = from_value(&merged.value) {
                *earlier = p;
            }
        }
    }
    FilesPlan {
        plan: ImportPlan {
            items: items(existing, incoming),
            dropped,
            from_version,
        },
        files: outcomes,
        between_files,
    }
}

/// The workspace after the import, with `choices` deciding each conflict of
/// each updated partnership (in the plan's order; missing ones keep this
/// device's value). New partnerships are added at the end.
pub fn apply(
    existing: &Workspace,
    plan: &ImportPlan,
    choices: &dyn Fn(&PartnershipId) -> Vec<Choice>,
) -> Result<Workspace, String> {
    let mut next = existing.clone();
    for item in &plan.items {
        match item {
            PlanItem::New { partnership } => {
                if !next.add(partnership.clone()) {
                    return Err(format!("{} is already here", partnership.id));
                }
            }
            PlanItem::Update { mine, theirs, .. } => {
                let merged = merge(&to_value(mine), &to_value(theirs), &choices(&mine.id));
                // Read back as storage reads it (see `to_value`).
                let partnership =
                    from_value(&merged.value).map_err(|e| format!("{}: {e}", mine.name))?;
                if let Some(slot) = next.get_mut(&mine.id) {
                    *slot = partnership;
                }
            }
            PlanItem::Unchanged { .. } => {}
        }
    }
    Ok(next)
}

/// The documented JSON form that merge works on. Through the text, not
/// `serde_json::to_value`: the app then has one copy of each type's
/// (de)serialiser, the one storage uses, instead of a second one for `Value`.
fn to_value(p: &Partnership) -> Value {
    serde_json::to_string(p)
        .and_then(|text| serde_json::from_str(&text))
        .unwrap_or(Value::Null)
}

/// A merged value read back as storage reads it (see `to_value`).
fn from_value(value: &Value) -> Result<Partnership, serde_json::Error> {
    serde_json::to_string(value).and_then(|text| serde_json::from_str::<Partnership>(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file_format::to_json;
    use crate::domain::partnership::tests::lommel_ongwediva;
    use crate::domain::Lang;

    fn workspace(ps: Vec<Partnership>) -> Workspace {
        Workspace { partnerships: ps }
    }

    #[test]
    fn new_partnerships_are_added_and_existing_data_untouched() {
        let existing = Workspace::default();
        let text = to_json(&[lommel_ongwediva()], 0, None);
        let plan = plan(&existing, &text).unwrap();
        assert!(matches!(plan.items[..], [PlanItem::New { .. }]));
        let next = apply(&existing, &plan, &|_| vec![]).unwrap();
        assert_eq!(next.partnerships, [lommel_ongwediva()]);
        assert!(existing.partnerships.is_empty());
    }

    #[test]
    fn the_same_file_twice_changes_nothing() {
        let existing = workspace(vec![lommel_ongwediva()]);
        let plan = plan(&existing, &to_json(&existing.partnerships, 0, None)).unwrap();
        assert!(!plan.changes_anything());
    }

    #[test]
    fn a_changed_partner_is_a_conflict_the_user_decides() {
        let existing = workspace(vec![lommel_ongwediva()]);
        let mut theirs = lommel_ongwediva();
        theirs.b.language = Lang::Fr;
        let plan = plan(&existing, &to_json(&[theirs.clone()], 0, None)).unwrap();
        assert_eq!(plan.conflict_count(), 1);
        let kept = apply(&existing, &plan, &|_| vec![]).unwrap();
        assert_eq!(kept, existing);
        let taken = apply(&existing, &plan, &|_| vec![Choice::Theirs]).unwrap();
        assert_eq!(taken.partnerships, [theirs]);
    }

    /// Each municipality counts its own places and sends its file: merging
    /// puts both municipalities' places in the one consultation, and the
    /// results add up; the same place counted twice differently is a choice.
    #[test]
    fn each_municipality_s_consultation_results_come_from_its_own_file() {
        use crate::domain::consultation::tests::herent_nimlahakok;
        use crate::domain::consultation::{tally, BallotGoal, PaperTally};
        use crate::domain::Side;
        let count = |respondents, goal: u8, n| {
            let mut t = PaperTally {
                respondents,
                counts: Vec::new(),
            };
            t.set_count(BallotGoal::from_number(goal).unwrap(), n);
            t
        };
        // Both start from the consultation set up together: three places.
        let shared = herent_nimlahakok();
        let with = |edit: &dyn Fn(&mut crate::domain::consultation::Consultation)| {
            let mut c = shared.clone();
            edit(&mut c);
            let mut p = lommel_ongwediva();
            p.consultations = vec![c].into();
            p
        };
        // Herent (side a) counted its market; Nimlaha'kok (side b) its two villages.
        let mine = with(&|c| c.set_paper("pl-3", count(20, 13, 12)).unwrap());
        let theirs = with(&|c| {
            c.set_paper("pl-1", count(40, 13, 30)).unwrap();
            c.set_paper("pl-2", count(10, 4, 9)).unwrap();
        });
        let existing = workspace(vec![mine]);
        let plan = plan(&existing, &to_json(&[theirs], 0, None)).unwrap();
        assert_eq!(plan.conflict_count(), 0);
        let merged = apply(&existing, &plan, &|_| vec![]).unwrap();
        let c = merged.partnerships[0].consultations.list().remove(0);
        assert_eq!(tally::of_side(&c, Side::A).respondents, 20);
        assert_eq!(tally::of_side(&c, Side::B).respondents, 50);

        // Nimlaha'kok corrects a count that this device has another value for.
        let corrected = with(&|c| c.set_paper("pl-1", count(41, 13, 30)).unwrap());
        let again = super::plan(&merged, &to_json(&[corrected], 0, None)).unwrap();
        assert_eq!(again.conflict_count(), 1);
    }

    /// Each partner follows its own values and sends its file: merging adds
    /// the other's years beside this device's, and a year both gave with
    /// different values is a choice.
    #[test]
    fn each_partner_s_indicator_values_come_from_its_own_file() {
        use crate::domain::indicator::tests::water;
        use crate::domain::Side;
        let with = |edit: &dyn Fn(&mut crate::domain::indicator::Indicator)| {
            let mut i = water();
            edit(&mut i);
            let mut p = lommel_ongwediva();
            p.indicators = vec![i].into();
            p
        };
        let mine = with(&|i| i.a.set_value(2023, 95.0, "", "").unwrap());
        let theirs = with(&|i| i.b.set_value(2024, 50.0, "", "census").unwrap());
        let existing = workspace(vec![mine]);
        let plan = plan(&existing, &to_json(&[theirs], 0, None)).unwrap();
        assert_eq!(plan.conflict_count(), 0);
        let merged = apply(&existing, &plan, &|_| vec![]).unwrap();
        let i = merged.partnerships[0].indicators.list().remove(0);
        let years = |side: Side| {
            i.follow(side)
                .values
                .iter()
                .map(|m| m.year)
                .collect::<Vec<_>>()
        };
        assert_eq!(years(Side::A), [2022, 2023]);
        assert_eq!(years(Side::B), [2022, 2024]);
        assert_eq!(i.b.values[1].source, "census");

        let corrected = with(&|i| i.b.set_value(2022, 43.0, "", "").unwrap());
        let again = super::plan(&merged, &to_json(&[corrected], 0, None)).unwrap();
        assert_eq!(again.conflict_count(), 1);
    }

    #[test]
    fn many_files_make_one_plan_and_a_bad_one_is_named_and_left_out() {
        use crate::domain::Partner;
        let existing = workspace(vec![lommel_ongwediva()]);
        let other = |id: &str, b: &str| {
            Partnership::new(
                PartnershipId::new(id).unwrap(),
                format!("Lommel – {b}"),
                Partner::new("Lommel", "", Lang::Nl).unwrap(),
                Partner::new(b, "", Lang::Es).unwrap(),
                String::new(),
            )
        };
        // Each partner of the new twinning sends its own file: they merge.
        let mut darío_a = other("p-ld", "Ciudad Darío");
        darío_a.priorities.push(crate::domain::plan::Priority {
            year: 2026,
            goal: crate::domain::GoalNumber::new(6).unwrap(),
        });
        let mut darío_b = other("p-ld", "Ciudad Darío");
        darío_b.b.country = "Nicaragua".into();
        darío_b.b.language = Lang::Fr;
        let files = vec![
            (
                "lommel.json".to_owned(),
                to_json(&existing.partnerships, 0, None),
            ),
            ("a.json".to_owned(), to_json(&[darío_a], 0, None)),
            ("broken.json".to_owned(), "{".to_owned()),
            ("b.json".to_owned(), to_json(&[darío_b], 0, None)),
            (
                "c.json".to_owned(),
                to_json(&[other("p-lx", "Xela")], 0, None),
            ),
        ];
        let planned = plan_files(&existing, &files);
        let counts: Vec<Option<usize>> = planned
            .files
            .iter()
            .map(|(_, r)| r.as_ref().ok().copied())
            .collect();
        assert_eq!(counts, [Some(1), Some(1), None, Some(1), Some(1)]);
        assert_eq!(
            planned.between_files, 1,
            "the language differs: the first file's is kept"
        );
        let kinds: Vec<&str> = planned
            .plan
            .items
            .iter()
            .map(|i| match i {
                PlanItem::New { .. } => "new",
                PlanItem::Update { .. } => "update",
                PlanItem::Unchanged { .. } => "unchanged",
            })
            .collect();
        assert_eq!(kinds, ["unchanged", "new", "new"]);
        let next = apply(&existing, &planned.plan, &|_| vec![]).unwrap();
        let darío = next.get(&PartnershipId::new("p-ld").unwrap()).unwrap();
        assert_eq!(darío.priorities.len(), 1);
        assert_eq!(darío.b.country, "Nicaragua");
        assert_eq!(darío.b.language, Lang::Es);
        assert_eq!(next.partnerships.len(), 3);
        // Nothing readable: an empty plan, every file named.
        let none = plan_files(&existing, &[("x.json".into(), "[]".into())]);
        assert!(!none.plan.changes_anything());
        assert!(none.files[0].1.is_err());
    }

    #[test]
    fn a_bad_file_is_an_error_and_plans_nothing() {
        let existing = workspace(vec![lommel_ongwediva()]);
        assert!(plan(&existing, "{\"format\":\"sdg-circle\",\"version\":9}").is_err());
        assert_eq!(existing, workspace(vec![lommel_ongwediva()]));
    }
}
