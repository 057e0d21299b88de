//! How this device keeps its programmes: one JSON entry,
//! `{"programmes": [{"id", "name", "partnerships": [ids]}]}`. A programme is
//! a view over partnerships, not data of its own, so it stays on the device
//! and is not in the exchange file.

use super::Programme;
use crate::domain::partnership::PartnershipId;
use crate::domain::text::{clean_line, NAME_MAX};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Kept {
    programmes: Vec<KeptProgramme>,
}

#[derive(Serialize, Deserialize)]
struct KeptProgramme {
    id: String,
    name: String,
    partnerships: Vec<PartnershipId>,
}

pub fn programmes_to_json(list: &[Programme]) -> String {
    let kept = Kept {
        programmes: list
            .iter()
            .map(|p| KeptProgramme {
                id: p.id.clone(),
                name: p.name.clone(),
                partnerships: p.partnerships.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&kept).unwrap_or_default()
}

/// The stored programmes; `None` when the entry is not what this code writes
/// (then the caller keeps it aside and starts from none, never overwriting it
/// unseen). An entry with a blank name or id, or a repeated id, is unreadable
/// as a whole: a programme list is small, and half of it would mislead.
pub fn programmes_from_json(text: &str) -> Option<Vec<Programme>> {
    let kept: Kept = serde_json::from_str(text).ok()?;
    let mut out: Vec<Programme> = Vec::new();
    for k in kept.programmes {
        let name = clean_line(&k.name, NAME_MAX).ok()?;
        let id_ok = !k.id.is_empty() && k.id.len() <= PartnershipId::MAX_LEN;
        if !id_ok || out.iter().any(|p| p.id == k.id) {
            return None;
        }
        let mut partnerships: Vec<PartnershipId> = Vec::new();
        for id in k.partnerships {
            if !partnerships.contains(&id) {
                partnerships.push(id);
            }
        }
        out.push(Programme {
            id: k.id,
            name,
            partnerships,
        });
    }
    Some(out)
}
