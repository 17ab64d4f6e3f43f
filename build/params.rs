//! Build-time generator for the rules engine: turns `params/*.toml` (one file per rule period) and
//! `data/*.csv` (municipalities) into Rust statics in `OUT_DIR`.
//!
//! Called from the crate's `build.rs` as `params::generate(&root, &out_dir)`. Only the standard
//! library is used. Every problem (unknown unit, malformed number, missing source, a municipality
//! missing from one of the tables …) panics here, so a typo fails the build, never a user's page.
//! Unknown or missing parameter names fail when the generated struct literal is compiled.
//!
//! Parameter file syntax (a small subset of TOML):
//! ```text
//! # comment
//! [period]
//! id = "2026-05"
//! label = "1.5.2026–31.12.2026"
//! starts = "2026-05-01"
//! ends = "2026-12-31"
//! tax_year = "2026"
//!
//! [tyottomyysturva]
//! daily_amount = { value = "37.21", unit = "EUR/day", source = "S2" }
//! parents_limit = { value = "2500", unit = "EUR/month", source = "SISU:OsRaja", unconfirmed = true, note = "…" }
//! max_costs = { value = ["563", "808"], unit = "EUR/month", source = "SISU:Kattovuokra" }
//! ```
//! Units decide the Rust type: `EUR…` → `Cents` (at most 2 decimals), `share`/`factor` → `Rate`
//! (parts per million, at most 6 decimals), `years`/`count` → `u32`, `flag` → `bool`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Generate `rules_params.rs` and `rules_municipalities.rs` in `out_dir` from the files under `root`.
pub fn generate(root: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed=params");
    println!("cargo:rerun-if-changed=data");
    let params = generate_params(&root.join("params"));
    fs::write(out_dir.join("rules_params.rs"), params).expect("write rules_params.rs");
    let munis = generate_municipalities(&root.join("data"));
    fs::write(out_dir.join("rules_municipalities.rs"), munis)
        .expect("write rules_municipalities.rs");
}

#[derive(Debug, Clone)]
enum Val {
    Str(String),
    Bool(bool),
    Arr(Vec<String>),
}

#[derive(Debug)]
struct Entry {
    section: String,
    key: String,
    value: Val,
    unit: String,
    source: String,
    unconfirmed: bool,
    note: String,
}

fn fail(file: &str, line: usize, msg: &str) -> ! {
    panic!("{file}:{line}: {msg}")
}

fn parse_string(s: &str, file: &str, ln: usize) -> (String, usize) {
    // s starts with '"'
    let bytes: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 1;
    while i < bytes.len() {
        let c = bytes[i];
        if c == '\\' && i + 1 < bytes.len() {
            out.push(bytes[i + 1]);
            i += 2;
            continue;
        }
        if c == '"' {
            let consumed: usize = bytes[..=i].iter().map(|c| c.len_utf8()).sum();
            return (out, consumed);
        }
        out.push(c);
        i += 1;
    }
    fail(file, ln, "unterminated string")
}

fn parse_value(s: &str, file: &str, ln: usize) -> (Val, usize) {
    let t = s.trim_start();
    let skipped = s.len() - t.len();
    if t.starts_with('"') {
        let (v, n) = parse_string(t, file, ln);
        (Val::Str(v), skipped + n)
    } else if let Some(rest) = t.strip_prefix('[') {
        let mut items = Vec::new();
        let mut pos = 1;
        let mut r = rest;
        loop {
            let rt = r.trim_start();
            pos += r.len() - rt.len();
            r = rt;
            if let Some(rr) = r.strip_prefix(']') {
                let _ = rr;
                pos += 1;
                break;
            }
            if let Some(rr) = r.strip_prefix(',') {
                pos += 1;
                r = rr;
                continue;
            }
            if !r.starts_with('"') {
                fail(file, ln, "array items must be quoted strings");
            }
            let (v, n) = parse_string(r, file, ln);
            items.push(v);
            pos += n;
            r = &r[n..];
        }
        (Val::Arr(items), skipped + pos)
    } else if t.starts_with("true") {
        (Val::Bool(true), skipped + 4)
    } else if t.starts_with("false") {
        (Val::Bool(false), skipped + 5)
    } else {
        fail(
            file,
            ln,
            &format!("expected a quoted value, array or boolean at `{t}`"),
        )
    }
}

fn parse_inline_table(s: &str, file: &str, ln: usize) -> BTreeMap<String, Val> {
    let t = s.trim();
    let inner = t
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or_else(|| fail(file, ln, "expected an inline table { … }"));
    let mut map = BTreeMap::new();
    let mut r = inner;
    loop {
        r = r.trim_start();
        if r.is_empty() {
            break;
        }
        if let Some(rr) = r.strip_prefix(',') {
            r = rr;
            continue;
        }
        let eq = r
            .find('=')
            .unwrap_or_else(|| fail(file, ln, "expected key = value"));
        let key = r[..eq].trim().to_string();
        let (v, n) = parse_value(&r[eq + 1..], file, ln);
        if map.insert(key.clone(), v).is_some() {
            fail(file, ln, &format!("duplicate attribute {key}"));
        }
        r = &r[eq + 1 + n..];
    }
    map
}

struct PeriodFile {
    meta: BTreeMap<String, String>,
    entries: Vec<Entry>,
}

fn parse_file(path: &Path) -> PeriodFile {
    let file = path.display().to_string();
    let text = fs::read_to_string(path).expect("read params file");
    let mut section = String::new();
    let mut meta = BTreeMap::new();
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, raw) in text.lines().enumerate() {
        let ln = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            let name = line
                .strip_prefix('[')
                .and_then(|x| x.strip_suffix(']'))
                .unwrap_or_else(|| fail(&file, ln, "bad section header"));
            if !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                fail(&file, ln, "section names are lower-case snake_case");
            }
            section = name.to_string();
            continue;
        }
        let eq = line
            .find('=')
            .unwrap_or_else(|| fail(&file, ln, "expected key = value"));
        let key = line[..eq].trim().to_string();
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            fail(&file, ln, &format!("bad key `{key}`"));
        }
        let rest = line[eq + 1..].trim();
        if section.is_empty() {
            fail(&file, ln, "key outside a section");
        }
        if !seen.insert(format!("{section}.{key}")) {
            fail(&file, ln, &format!("duplicate key {section}.{key}"));
        }
        if section == "period" {
            let (v, _) = parse_value(rest, &file, ln);
            match v {
                Val::Str(s) => {
                    meta.insert(key, s);
                }
                _ => fail(&file, ln, "period values are strings"),
            }
            continue;
        }
        let mut t = parse_inline_table(rest, &file, ln);
        let value = t
            .remove("value")
            .unwrap_or_else(|| fail(&file, ln, "missing value"));
        let unit = match t.remove("unit") {
            Some(Val::Str(s)) => s,
            _ => fail(&file, ln, "missing unit"),
        };
        let source = match t.remove("source") {
            Some(Val::Str(s)) => s,
            _ => fail(&file, ln, "missing source"),
        };
        check_source(&source, &file, ln);
        let unconfirmed = match t.remove("unconfirmed") {
            None => false,
            Some(Val::Bool(b)) => b,
            _ => fail(&file, ln, "unconfirmed must be true or false"),
        };
        let note = match t.remove("note") {
            None => String::new(),
            Some(Val::Str(s)) => s,
            _ => fail(&file, ln, "note must be a string"),
        };
        if let Some(k) = t.keys().next() {
            fail(&file, ln, &format!("unknown attribute `{k}`"));
        }
        entries.push(Entry {
            section: section.clone(),
            key,
            value,
            unit,
            source,
            unconfirmed,
            note,
        });
    }
    for k in ["id", "label", "starts", "ends", "tax_year"] {
        if !meta.contains_key(k) {
            panic!("{file}: [period] lacks `{k}`");
        }
    }
    PeriodFile { meta, entries }
}

fn check_source(src: &str, file: &str, ln: usize) {
    for part in src.split('+') {
        let p = part.trim();
        let ok = if let Some(name) = p.strip_prefix("SISU:") {
            !name.is_empty()
        } else if let Some(name) = p.strip_prefix("ASKEL:") {
            !name.is_empty()
        } else if let Some(n) = p.strip_prefix('S') {
            n.parse::<u32>()
                .map(|n| (1..=24).contains(&n))
                .unwrap_or(false)
        } else {
            false
        };
        if !ok {
            fail(
                file,
                ln,
                &format!("source `{p}` is not S1..S24, SISU:<name> or ASKEL:<convention>"),
            );
        }
    }
}

/// Parse a decimal string into an integer scaled by 10^`decimals`; more decimals than that fail.
fn parse_fixed(s: &str, decimals: u32, what: &str) -> i64 {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    if int.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        panic!("{what}: `{s}` is not a decimal number");
    }
    if frac.len() as u32 > decimals {
        panic!("{what}: `{s}` has more than {decimals} decimals");
    }
    let mut v: i64 = int
        .parse()
        .unwrap_or_else(|_| panic!("{what}: `{s}` too large"));
    for _ in 0..decimals {
        v = v
            .checked_mul(10)
            .unwrap_or_else(|| panic!("{what}: `{s}` too large"));
    }
    let mut f: i64 = 0;
    if !frac.is_empty() {
        f = frac
            .parse()
            .unwrap_or_else(|_| panic!("{what}: bad fraction"));
        for _ in frac.len() as u32..decimals {
            f *= 10;
        }
    }
    let v = v + f;
    if neg {
        -v
    } else {
        v
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Cents,
    Rate,
    Count,
    Flag,
}

fn kind_of(unit: &str, what: &str) -> Kind {
    if unit.starts_with("EUR") {
        Kind::Cents
    } else if unit == "share" || unit == "factor" {
        Kind::Rate
    } else if unit == "years" || unit == "count" {
        Kind::Count
    } else if unit == "flag" {
        Kind::Flag
    } else {
        panic!("{what}: unknown unit `{unit}` (use EUR…, share, factor, years, count, flag)")
    }
}

fn render_scalar(kind: Kind, s: &str, what: &str) -> String {
    match kind {
        Kind::Cents => format!("Cents({})", parse_fixed(s, 2, what)),
        Kind::Rate => format!("Rate({})", parse_fixed(s, 6, what)),
        Kind::Count => {
            let v: u32 = s
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{what}: `{s}` is not a count"));
            format!("{v}u32")
        }
        Kind::Flag => panic!("{what}: flags are written true/false without quotes"),
    }
}

fn camel(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn esc(s: &str) -> String {
    format!("{s:?}")
}

fn generate_params(dir: &Path) -> String {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("params dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "toml").unwrap_or(false))
        .collect();
    files.sort();
    if files.is_empty() {
        panic!("no params/*.toml files");
    }
    let mut out =
        String::from("// @generated by build/params.rs from params/*.toml — do not edit.\n\n");
    let mut periods = Vec::new();
    let mut setter_written = false;
    let mut first_keys: Option<Vec<String>> = None;
    for path in &files {
        let pf = parse_file(path);
        let id = pf.meta["id"].clone();
        let ident = id.replace('-', "_");
        let fname = path.display().to_string();
        if path.file_stem().map(|s| s.to_string_lossy().to_string()) != Some(id.clone()) {
            panic!("{fname}: [period] id `{id}` must equal the file name");
        }
        let keys: Vec<String> = pf
            .entries
            .iter()
            .map(|e| format!("{}.{}", e.section, e.key))
            .collect();
        if let Some(fk) = &first_keys {
            let a: BTreeSet<_> = fk.iter().collect();
            let b: BTreeSet<_> = keys.iter().collect();
            if let Some(missing) = a.difference(&b).next() {
                panic!("{fname}: lacks parameter {missing} that other periods have");
            }
            if let Some(extra) = b.difference(&a).next() {
                panic!("{fname}: has parameter {extra} that other periods lack");
            }
        } else {
            first_keys = Some(keys.clone());
        }
        // struct literal
        let mut sections: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
        for e in &pf.entries {
            sections.entry(e.section.clone()).or_default().push(e);
        }
        writeln!(
            out,
            "/// Parameters of rule period `{id}` (from `params/{id}.toml`)."
        )
        .unwrap();
        writeln!(out, "pub static PARAMS_{ident}: Params = Params {{").unwrap();
        writeln!(out, "    municipal_tax_override: None,").unwrap();
        for (sec, es) in &sections {
            writeln!(out, "    {sec}: {} {{", camel(sec)).unwrap();
            for e in es {
                let what = format!("{fname}: {}.{}", e.section, e.key);
                let kind = kind_of(&e.unit, &what);
                let v = match (&e.value, kind) {
                    (Val::Bool(b), Kind::Flag) => b.to_string(),
                    (Val::Str(s), k) if k != Kind::Flag => render_scalar(k, s, &what),
                    (Val::Arr(items), k) if k != Kind::Flag => {
                        let parts: Vec<String> =
                            items.iter().map(|s| render_scalar(k, s, &what)).collect();
                        format!("&[{}]", parts.join(", "))
                    }
                    _ => panic!("{what}: value does not fit unit `{}`", e.unit),
                };
                writeln!(
                    out,
                    "        {}: Param {{ value: {v}, source: {} }},",
                    e.key,
                    esc(&e.source)
                )
                .unwrap();
            }
            writeln!(out, "    }},").unwrap();
        }
        writeln!(out, "}};\n").unwrap();
        // info list
        writeln!(out, "static INFO_{ident}: &[ParamInfo] = &[").unwrap();
        for e in &pf.entries {
            let text = match &e.value {
                Val::Str(s) => s.clone(),
                Val::Bool(b) => b.to_string(),
                Val::Arr(a) => a.join(" / "),
            };
            writeln!(
                out,
                "    ParamInfo {{ path: {}, value: {}, unit: {}, source: {}, unconfirmed: {}, note: {} }},",
                esc(&format!("{}.{}", e.section, e.key)),
                esc(&text),
                esc(&e.unit),
                esc(&e.source),
                e.unconfirmed,
                esc(&e.note)
            )
            .unwrap();
        }
        writeln!(out, "];\n").unwrap();
        let starts = &pf.meta["starts"];
        let ends = &pf.meta["ends"];
        let d = |s: &str| -> String {
            let p: Vec<&str> = s.split('-').collect();
            if p.len() != 3 {
                panic!("{fname}: bad date {s}");
            }
            let y: u16 = p[0].parse().expect("year");
            let m: u8 = p[1].parse().expect("month");
            let dd: u8 = p[2].parse().expect("day");
            if !(1..=12).contains(&m) || !(1..=31).contains(&dd) {
                panic!("{fname}: bad date {s}");
            }
            format!("Date {{ y: {y}, m: {m}, d: {dd} }}")
        };
        let tax_year: u16 = pf.meta["tax_year"].parse().expect("tax_year");
        periods.push(format!(
            "    RulePeriod {{ id: {}, label: {}, starts: {}, ends: {}, tax_year: {tax_year}, params: &PARAMS_{ident}, info: INFO_{ident} }},",
            esc(&id),
            esc(&pf.meta["label"]),
            d(starts),
            d(ends)
        ));
        // setter (same keys in all files, so write once)
        if !setter_written {
            setter_written = true;
            writeln!(out, "impl Params {{").unwrap();
            writeln!(out, "    /// Set one parameter by its path (`section.key`, or `section.key[i]` for a table entry)").unwrap();
            writeln!(
                out,
                "    /// from a decimal text. Used for test overrides; see docs/RULES-UPDATE.md."
            )
            .unwrap();
            writeln!(
                out,
                "    pub fn set(&mut self, path: &str, text: &str) -> Result<(), ParamError> {{"
            )
            .unwrap();
            writeln!(out, "        let (name, index) = split_index(path)?;").unwrap();
            writeln!(out, "        match (name, index) {{").unwrap();
            for e in &pf.entries {
                let what = format!("{fname}: {}.{}", e.section, e.key);
                let kind = kind_of(&e.unit, &what);
                let field = format!("self.{}.{}.value", e.section, e.key);
                let parser = match kind {
                    Kind::Cents => "parse_cents",
                    Kind::Rate => "parse_rate",
                    Kind::Count => "parse_count",
                    Kind::Flag => "parse_flag",
                };
                let p = format!("{}.{}", e.section, e.key);
                match &e.value {
                    Val::Arr(_) => writeln!(
                        out,
                        "            ({p:?}, Some(i)) => {field} = replace_at({field}, i, {parser}(text)?)?,"
                    )
                    .unwrap(),
                    _ => writeln!(out, "            ({p:?}, None) => {field} = {parser}(text)?,").unwrap(),
                }
            }
            writeln!(
                out,
                "            _ => return Err(ParamError::UnknownParameter(path.to_string())),"
            )
            .unwrap();
            writeln!(out, "        }}").unwrap();
            writeln!(out, "        Ok(())").unwrap();
            writeln!(out, "    }}").unwrap();
            writeln!(out, "}}\n").unwrap();
        }
    }
    writeln!(out, "/// Every rule period, in date order.").unwrap();
    writeln!(out, "pub static PERIODS: &[RulePeriod] = &[").unwrap();
    for p in &periods {
        writeln!(out, "{p}").unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("header")
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for (i, l) in lines.enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let r: Vec<String> = l.split(',').map(|s| s.trim().to_string()).collect();
        if r.len() != header.len() {
            panic!(
                "{}:{}: {} fields, header has {}",
                path.display(),
                i + 2,
                r.len(),
                header.len()
            );
        }
        rows.push(r);
    }
    (header, rows)
}

fn col(header: &[String], name: &str, file: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("{file}: no column {name}"))
}

fn pct_to_ppm(s: &str, what: &str) -> i64 {
    // "7.54" percent → 75 400 ppm (percent × 10 000)
    parse_fixed(s, 4, what)
}

fn generate_municipalities(dir: &Path) -> String {
    struct Tax {
        name_fi: String,
        name_sv: String,
        m: i64,
        l: i64,
        o: i64,
        aland: bool,
    }
    let mut taxes: Vec<BTreeMap<String, Tax>> = Vec::new();
    for year in ["2025", "2026"] {
        let f = format!("municipal_tax_{year}.csv");
        let (h, rows) = read_csv(&dir.join(&f));
        let (c, nf, ns, m, l, o, a) = (
            col(&h, "code", &f),
            col(&h, "name_fi", &f),
            col(&h, "name_sv", &f),
            col(&h, "municipal_tax_pct", &f),
            col(&h, "lutheran_tax_pct", &f),
            col(&h, "orthodox_tax_pct", &f),
            col(&h, "aland", &f),
        );
        let mut map = BTreeMap::new();
        for r in rows {
            let what = format!("{f} {}", r[c]);
            let t = Tax {
                name_fi: r[nf].clone(),
                name_sv: r[ns].clone(),
                m: pct_to_ppm(&r[m], &what),
                l: pct_to_ppm(&r[l], &what),
                o: pct_to_ppm(&r[o], &what),
                aland: match r[a].as_str() {
                    "true" => true,
                    "false" => false,
                    x => panic!("{what}: aland `{x}`"),
                },
            };
            map.insert(r[c].clone(), t);
        }
        taxes.push(map);
    }
    let codes: Vec<String> = taxes[0].keys().cloned().collect();
    if codes.len() != 308 {
        panic!(
            "municipal_tax_2025.csv: expected 308 municipalities, got {}",
            codes.len()
        );
    }
    if taxes[1].keys().cloned().collect::<Vec<_>>() != codes {
        panic!("municipal_tax_2025.csv and _2026.csv hold different codes");
    }
    let (h, rows) = read_csv(&dir.join("municipality_region.csv"));
    let (c, rc) = (col(&h, "code", "region"), col(&h, "region_code", "region"));
    let region: BTreeMap<String, u8> = rows
        .iter()
        .map(|r| {
            (
                r[c].clone(),
                r[rc]
                    .parse()
                    .unwrap_or_else(|_| panic!("region code {}", r[rc])),
            )
        })
        .collect();
    let (h, rows) = read_csv(&dir.join("housing_allowance_group.csv"));
    let (c, g) = (col(&h, "code", "group"), col(&h, "group", "group"));
    let group: BTreeMap<String, u8> = rows
        .iter()
        .map(|r| {
            let v = if r[g].is_empty() {
                0
            } else {
                r[g].parse().unwrap_or_else(|_| panic!("group {}", r[g]))
            };
            (r[c].clone(), v)
        })
        .collect();
    let mut limits: Vec<BTreeMap<String, [i64; 5]>> = Vec::new();
    for year in ["2025", "2026"] {
        let f = format!("asummenorajat_{year}.csv");
        let (h, rows) = read_csv(&dir.join(&f));
        let cols: Vec<usize> = [
            "YKSI_HENKILO",
            "KAKSI_HENKILOA",
            "KOLME_HENKILOA",
            "NELJA_HENKILOA",
            "LISA_HENKILO",
        ]
        .iter()
        .map(|n| col(&h, n, &f))
        .collect();
        let k = col(&h, "koodi", &f);
        let mut map = BTreeMap::new();
        for r in rows {
            let mut arr = [0i64; 5];
            for (i, ci) in cols.iter().enumerate() {
                arr[i] = parse_fixed(&r[*ci], 2, &f);
            }
            map.insert(r[k].clone(), arr);
        }
        // Pertunmaa 588 was merged into Mäntyharju 507 on 1.1.2025 (RULES.md §13).
        if let (Some(a), Some(b)) = (map.get("588"), map.get("507")) {
            if a != b {
                panic!("{f}: Pertunmaa 588 limits differ from Mäntyharju 507");
            }
        }
        map.remove("588");
        limits.push(map);
    }
    let mut out =
        String::from("// @generated by build/params.rs from data/*.csv — do not edit.\n\n");
    writeln!(
        out,
        "/// All {} municipalities of 2025–2026, sorted by code.",
        codes.len()
    )
    .unwrap();
    writeln!(out, "pub static MUNICIPALITIES: &[Municipality] = &[").unwrap();
    let mut mainland = 0;
    for code in &codes {
        let t25 = &taxes[0][code];
        let t26 = &taxes[1][code];
        if t25.name_fi != t26.name_fi || t25.aland != t26.aland {
            panic!("municipality {code}: names or Åland flag differ between 2025 and 2026");
        }
        let reg = *region
            .get(code)
            .unwrap_or_else(|| panic!("municipality_region.csv lacks {code}"));
        let grp = *group
            .get(code)
            .unwrap_or_else(|| panic!("housing_allowance_group.csv lacks {code}"));
        let lim = |i: usize| -> String {
            match limits[i].get(code) {
                Some(a) => format!(
                    "Some([Cents({}), Cents({}), Cents({}), Cents({}), Cents({})])",
                    a[0], a[1], a[2], a[3], a[4]
                ),
                None => {
                    if !t25.aland {
                        panic!("asummenorajat lacks mainland municipality {code}");
                    }
                    "None".to_string()
                }
            }
        };
        if !t25.aland {
            mainland += 1;
            if grp == 0 {
                panic!("housing_allowance_group.csv: no group for mainland {code}");
            }
        }
        writeln!(
            out,
            "    Municipality {{ code: {}, name_fi: {}, name_sv: {}, aland: {}, region_code: {reg}, housing_allowance_group: {grp}, \
             tax: [TaxRates {{ municipal: Rate({}), lutheran: Rate({}), orthodox: Rate({}) }}, TaxRates {{ municipal: Rate({}), lutheran: Rate({}), orthodox: Rate({}) }}], \
             social_assistance_housing_limits: [{}, {}] }},",
            esc(code),
            esc(&t25.name_fi),
            esc(&t26.name_sv),
            t25.aland,
            t25.m,
            t25.l,
            t25.o,
            t26.m,
            t26.l,
            t26.o,
            lim(0),
            lim(1)
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    if mainland != 292 {
        panic!("expected 292 mainland municipalities, got {mainland}");
    }
    for (i, l) in limits.iter().enumerate() {
        if l.len() != 292 {
            panic!(
                "asummenorajat table {i}: expected 292 mainland rows after 588→507, got {}",
                l.len()
            );
        }
    }
    out
}
