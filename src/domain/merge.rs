//! Merging a partnership from another device into the one on this device.
//!
//! It works on the documented JSON form, so every field the format gains is
//! merged the same way without code here knowing it:
//! - equal values stay;
//! - a value missing or blank on one side (null, "", [], {}) takes the other's:
//!   partner B's scores fill in next to partner A's;
//! - objects merge field by field;
//! - lists of objects that carry identity fields (`id`, `side`, `goal`, `year`,
//!   `statement`)
//!   merge entry by entry, matched on those fields; entries only one side has
//!   are kept;
//! - anything else that differs is a [`Conflict`] the user decides, never an
//!   overwrite. Without choices, this device's value is kept.
//!
//! There is no common ancestor, so a deletion on one device looks like an
//! addition on the other: merging keeps both, which loses nothing.

use serde_json::{Map, Value};

/// Fields that identify an entry in a list, in the order they are compared.
const IDENTITY_FIELDS: [&str; 5] = ["id", "side", "goal", "year", "statement"];

/// One step of the way from a partnership to a conflicting value.
#[derive(Clone, Debug, PartialEq)]
pub enum PathStep {
    Field(String),
    /// An entry of a list, with its identity fields and a readable label
    /// (its `name` when it has one).
    Entry {
        identity: Vec<(String, Value)>,
        label: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: Vec<PathStep>,
    pub mine: Value,
    pub theirs: Value,
}

impl Conflict {
    /// "rounds › 2025 › scores › side b, goal 6 › score": a path a person can follow.
    pub fn describe_path(&self) -> String {
        let steps: Vec<String> = self
            .path
            .iter()
            .map(|step| match step {
                PathStep::Field(name) => name.replace('_', " "),
                PathStep::Entry {
                    label: Some(label), ..
                } => label.clone(),
                PathStep::Entry {
                    identity,
                    label: None,
                } => identity
                    .iter()
                    .map(|(k, v)| {
                        format!(
                            "{k} {}",
                            v.as_str().map_or_else(|| v.to_string(), str::to_owned)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            })
            .collect();
        steps.join(" › ")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    Mine,
    Theirs,
}

/// The result of merging: the merged value (conflicts resolved by `choices`,
/// this device's value where no choice was given), the conflicts in a stable
/// order, and how many values came in from the other side.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
    pub additions: usize,
}

pub fn merge(mine: &Value, theirs: &Value, choices: &[Choice]) -> Merged {
    let mut ctx = Ctx {
        choices,
        conflicts: Vec::new(),
        additions: 0,
        path: Vec::new(),
    };
    let value = ctx.value(mine, theirs);
    Merged {
        value,
        conflicts: ctx.conflicts,
        additions: ctx.additions,
    }
}

struct Ctx<'a> {
    choices: &'a [Choice],
    conflicts: Vec<Conflict>,
    additions: usize,
    path: Vec<PathStep>,
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn identity(v: &Value) -> Option<Vec<(String, Value)>> {
    let obj = v.as_object()?;
    let id: Vec<(String, Value)> = IDENTITY_FIELDS
        .iter()
        .filter_map(|f| obj.get(*f).map(|val| ((*f).to_owned(), val.clone())))
        .collect();
    (!id.is_empty()).then_some(id)
}

impl Ctx<'_> {
    fn value(&mut self, mine: &Value, theirs: &Value) -> Value {
        if mine == theirs || is_blank(theirs) {
            return mine.clone();
        }
        if is_blank(mine) {
            self.additions += 1;
            return theirs.clone();
        }
        match (mine, theirs) {
            (Value::Object(m), Value::Object(t)) => Value::Object(self.object(m, t)),
            (Value::Array(m), Value::Array(t)) => match self.keyed_list(m, t) {
                Some(list) => Value::Array(list),
                None => self.conflict(mine, theirs),
            },
            _ => self.conflict(mine, theirs),
        }
    }

    fn object(
        &mut self,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        for (key, m) in mine {
            self.path.push(PathStep::Field(key.clone()));
            let merged = match theirs.get(key) {
                Some(t) => self.value(m, t),
                None => m.clone(),
            };
            self.path.pop();
            out.insert(key.clone(), merged);
        }
        for (key, t) in theirs {
            if !mine.contains_key(key) {
                if !is_blank(t) {
                    self.additions += 1;
                }
                out.insert(key.clone(), t.clone());
            }
        }
        out
    }

    /// Entry-by-entry merge when every entry on both sides has an identity.
    fn keyed_list(&mut self, mine: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
        let mine_ids: Vec<_> = mine.iter().map(identity).collect::<Option<_>>()?;
        let theirs_ids: Vec<_> = theirs.iter().map(identity).collect::<Option<_>>()?;
        let mut out = Vec::with_capacity(mine.len());
        for (m, id) in mine.iter().zip(&mine_ids) {
            let label = m.get("name").and_then(Value::as_str).map(str::to_owned);
            self.path.push(PathStep::Entry {
                identity: id.clone(),
                label,
            });
            let merged = match theirs_ids.iter().position(|t| t == id) {
                Some(j) => self.value(m, &theirs[j]),
                None => m.clone(),
            };
            self.path.pop();
            out.push(merged);
        }
        for (t, id) in theirs.iter().zip(&theirs_ids) {
            if !mine_ids.contains(id) {
                self.additions += 1;
                out.push(t.clone());
            }
        }
        Some(out)
    }

    fn conflict(&mut self, mine: &Value, theirs: &Value) -> Value {
        let choice = self
            .choices
            .get(self.conflicts.len())
            .copied()
            .unwrap_or_default();
        self.conflicts.push(Conflict {
            path: self.path.clone(),
            mine: mine.clone(),
            theirs: theirs.clone(),
        });
        match choice {
            Choice::Mine => mine.clone(),
            Choice::Theirs => theirs.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(scores: Value) -> Value {
        json!({"id": "p1", "name": "Herent – Nimlaha'kok",
               "rounds": [{"id": "r1", "name": "2025", "scores": scores}]})
    }

    #[test]
    fn partner_b_scores_land_next_to_partner_a() {
        let mine = round(json!([{"side": "a", "goal": 1, "score": 4}]));
        let theirs = round(
            json!([{"side": "b", "goal": 1, "score": 2}, {"side": "b", "goal": 6, "score": 3}]),
        );
        let m = merge(&mine, &theirs, &[]);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.additions, 2);
        assert_eq!(
            m.value["rounds"][0]["scores"],
            json!([{"side": "a", "goal": 1, "score": 4}, {"side": "b", "goal": 1, "score": 2},
                   {"side": "b", "goal": 6, "score": 3}])
        );
    }

    #[test]
    fn both_changed_the_same_thing_is_a_conflict_kept_mine_until_chosen() {
        let mine = round(json!([{"side": "a", "goal": 6, "score": 4}]));
        let theirs = round(json!([{"side": "a", "goal": 6, "score": 2}]));
        let m = merge(&mine, &theirs, &[]);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.value, mine);
        assert_eq!(
            m.conflicts[0].describe_path(),
            "rounds › 2025 › scores › side a, goal 6 › score"
        );
        assert_eq!(
            (m.conflicts[0].mine.clone(), m.conflicts[0].theirs.clone()),
            (json!(4), json!(2))
        );
        let chosen = merge(&mine, &theirs, &[Choice::Theirs]);
        assert_eq!(chosen.value, theirs);
    }

    #[test]
    fn blanks_fill_in_and_never_erase() {
        let mine = json!({"how": "", "ideas": "solar pumps", "levels": []});
        let theirs = json!({"how": "water committee", "ideas": "", "levels": ["local"]});
        let m = merge(&mine, &theirs, &[]);
        assert!(m.conflicts.is_empty());
        assert_eq!(
            m.value,
            json!({"how": "water committee", "ideas": "solar pumps", "levels": ["local"]})
        );
    }

    #[test]
    fn questionnaire_answers_are_told_apart_by_statement() {
        let mine = json!({"answers": [{"side": "a", "statement": "s1", "answer": "agree"}]});
        let theirs = json!({"answers": [{"side": "a", "statement": "s2", "answer": "disagree"}]});
        let m = merge(&mine, &theirs, &[]);
        assert!(m.conflicts.is_empty());
        assert_eq!(m.value["answers"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn lists_without_identity_are_compared_whole() {
        let m = merge(
            &json!({"levels": ["local"]}),
            &json!({"levels": ["global"]}),
            &[],
        );
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].describe_path(), "levels");
    }

    #[test]
    fn merging_is_idempotent_and_identity_is_a_no_op() {
        let mine = round(json!([{"side": "a", "goal": 1, "score": 4}]));
        let theirs = round(json!([{"side": "b", "goal": 1, "score": 2}]));
        let once = merge(&mine, &theirs, &[]).value;
        let twice = merge(&once, &theirs, &[]);
        assert_eq!(twice.value, once);
        assert_eq!(twice.additions, 0);
        assert_eq!(merge(&mine, &mine, &[]).additions, 0);
    }
}
