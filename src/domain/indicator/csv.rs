//! Series of values from a spreadsheet: a CSV file or a paste.
//!
//! The Open SDG data format (national and city SDG reporting sites) has a
//! `Year` column, zero or more disaggregation columns (blank means the
//! total) and a `Value` column; a plain year/value sheet is the same with
//! none. Belgian spreadsheets write `;` between cells and a decimal comma;
//! a paste from a spreadsheet has tabs, often no header. Each distinct
//! combination of disaggregations is one series to pick from.

use super::{year_ok, FIRST_YEAR, LAST_YEAR};

/// No series holds more rows than the years a value may have; a sheet
/// with more than this is not one indicator's data.
pub const MAX_ROWS: usize = 100_000;
pub const MAX_SERIES: usize = 1_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The disaggregation columns' names, in the file's order.
    pub columns: Vec<String>,
    /// The total (all blank) first, then in the order the file has them.
    pub series: Vec<Series>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// One per disaggregation column; empty is the total.
    pub keys: Vec<String>,
    /// In year order, one per year.
    pub points: Vec<(i32, f64)>,
}

impl Series {
    pub fn is_total(&self) -> bool {
        self.keys.iter().all(String::is_empty)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    Empty,
    NoYearColumn,
    NoValueColumn,
    /// `line` counts from 1, the header included, as a spreadsheet does.
    BadYear {
        line: usize,
        found: String,
    },
    BadValue {
        line: usize,
        found: String,
    },
    /// A series has two values for one year.
    TwiceInSeries {
        line: usize,
        year: i32,
    },
    TooManyRows,
    TooManySeries,
    /// A header and no values.
    NoValues,
    /// Not readable as a table (an unclosed quote, not text).
    NotCsv {
        line: usize,
    },
}

const YEAR_NAMES: [&str; 7] = ["year", "jaar", "année", "annee", "año", "ano", "anio"];
const VALUE_NAMES: [&str; 4] = ["value", "waarde", "valeur", "valor"];

/// The delimiter of a sheet: what its first line has most of, outside quotes.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut counts = [(b'\t', 0), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for c in &mut counts {
                c.1 += usize::from(c.0 == b);
            }
        }
    }
    // Ties go to the earlier: a tab or semicolon sheet may have commas in
    // its decimal numbers, never the reverse.
    counts
        .iter()
        .fold((b',', 0), |best, c| if c.1 > best.1 { *c } else { best })
        .0
}

fn is_name(cell: &str, names: &[&str]) -> bool {
    let cell = cell.trim().trim_start_matches('\u{feff}').to_lowercase();
    names.contains(&cell.as_str())
}

/// A year: `2020`, or `2020.0` as some exports write it.
fn year(cell: &str) -> Option<i32> {
    let cell = cell.trim();
    let whole = cell
        .strip_suffix(".0")
        .or_else(|| cell.strip_suffix(",0"))
        .unwrap_or(cell);
    whole.parse::<i32>().ok().filter(|y| year_ok(*y))
}

/// A number as spreadsheets write it: `12.5`; with a comma delimiter never
/// a decimal comma; otherwise `12,5` and `1.234,5` (Belgian) too. Spaces
/// (also the narrow ones used as thousands separators) are left out.
fn number(cell: &str, delimiter: u8) -> Option<f64> {
    let mut s: String = cell
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .collect();
    if delimiter != b',' && s.contains(',') {
        s = s.replace('.', "").replace(',', ".");
    }
    let n = s.parse::<f64>().ok()?;
    n.is_finite().then_some(n)
}

/// A number a person typed in a form: `12.5`, `12,5`, `1 234,5`.
pub fn typed_number(text: &str) -> Option<f64> {
    number(text, b';')
}

/// Reads a sheet into its series; a bad sheet is an error, never a part.
pub fn read(text: &str) -> Result<Table, CsvError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let delim = delimiter(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(r)) => r,
        Some(Err(_)) => return Err(CsvError::NotCsv { line: 1 }),
        None => return Err(CsvError::Empty),
    };
    let cells: Vec<String> = header.iter().map(str::to_owned).collect();
    let year_at = cells.iter().position(|c| is_name(c, &YEAR_NAMES));
    let value_at = cells.iter().position(|c| is_name(c, &VALUE_NAMES));
    // A paste of two columns without a header: the first row is data.
    let headerless = year_at.is_none() && cells.len() >= 2 && year(&cells[0]).is_some();
    let (year_at, value_at, columns, first_data) = if headerless {
        (0, 1, Vec::new(), Some(cells))
    } else {
        let year_at = year_at.ok_or(CsvError::NoYearColumn)?;
        let value_at = value_at.ok_or(CsvError::NoValueColumn)?;
        let columns = cells
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != year_at && *i != value_at)
            .map(|(_, c)| c.trim().to_owned())
            .collect();
        (year_at, value_at, columns, None)
    };
    let key_at: Vec<usize> = (0..columns.len() + 2)
        .filter(|i| *i != year_at && *i != value_at)
        .take(columns.len())
        .collect();

    let mut series: Vec<Series> = Vec::new();
    let mut rows = 0usize;
    let mut take = |line: usize, row: &[String]| -> Result<(), CsvError> {
        let cell = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        if row.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        rows += 1;
        if rows > MAX_ROWS {
            return Err(CsvError::TooManyRows);
        }
        let y = year(cell(year_at)).ok_or_else(|| CsvError::BadYear {
            line,
            found: cell(year_at).chars().take(40).collect(),
        })?;
        // Open SDG leaves a value blank where there is none for a year.
        if cell(value_at).trim().is_empty() {
            return Ok(());
        }
        let v = number(cell(value_at), delim).ok_or_else(|| CsvError::BadValue {
            line,
            found: cell(value_at).chars().take(40).collect(),
        })?;
        let keys: Vec<String> = key_at.iter().map(|&i| cell(i).trim().to_owned()).collect();
        let at = match series.iter().position(|s| s.keys == keys) {
            Some(at) => at,
            None if series.len() >= MAX_SERIES => return Err(CsvError::TooManySeries),
            None => {
                series.push(Series {
                    keys,
                    points: Vec::new(),
                });
                series.len() - 1
            }
        };
        let points = &mut series[at].points;
        match points.binary_search_by_key(&y, |p| p.0) {
            Ok(_) => Err(CsvError::TwiceInSeries { line, year: y }),
            Err(i) => {
                points.insert(i, (y, v));
                Ok(())
            }
        }
    };
    let mut line = 1;
    if let Some(first) = first_data {
        take(1, &first)?;
    }
    for record in records {
        line += 1;
        let record = record.map_err(|_| CsvError::NotCsv { line })?;
        // A quoted cell may span lines: the reader knows where a row began.
        line = record.position().map_or(line, |p| p.line() as usize);
        let row: Vec<String> = record.iter().map(str::to_owned).collect();
        take(line, &row)?;
    }
    if series.is_empty() {
        return Err(CsvError::NoValues);
    }
    // The total first: what a person most often wants.
    series.sort_by_key(|s| !s.is_total());
    Ok(Table { columns, series })
}

/// The years a sheet may have, for messages.
pub const YEARS: (i32, i32) = (FIRST_YEAR, LAST_YEAR);
