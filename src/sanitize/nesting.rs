//! Where an allowlisted element may stand in the sanitizer's output so that
//! the HTML parser, reading the output back (the server's page, or anything
//! that serialises the browser's DOM), puts it exactly there again. The
//! parser moves, closes or ignores some start tags depending on the open
//! elements: a `<p>` is closed by a block, a `<td>` outside a row is
//! ignored, text in a table is moved before it, an `<a>` in an `<a>` closes
//! the outer one... The source DOM came from a parser too, but the walk
//! unwraps and drops elements, converts photo tables and flattens deep
//! nesting, so its output can hold such places; the walk asks here first
//! (the same way on both sides) and normalises what would not survive.
//!
//! `stack` is the output's open elements at the insertion point, outermost
//! first (the body's own container is the `<div class="tt-body">` of the
//! page: "in body").

/// What becomes of a kept element at a place in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The parser would put it there.
    Fits,
    /// It would close the `p` at this index of the stack: that paragraph
    /// becomes a `div` (nothing closes a div), and the element fits.
    CloseP(usize),
    /// The parser would move, close or ignore it: the walk unwraps it.
    Misplaced,
}

/// What the parser's tree construction knows of a tag, as bits.
pub type Flags = u16;
/// "Special", except `div` and `p`: stops the `li`/`dd`/`dt` loop.
const SPECIAL: Flags = 1;
/// Closes an open `p` in button scope (`table` only in no-quirks mode, but
/// the output must not depend on the page's mode).
const CLOSES_P: Flags = 2;
const HEADING: Flags = 4;
/// Bounds the button scope, and a marker for `a` (`table`, cells, caption).
const SCOPE: Flags = 8;
const VOID: Flags = 16;
const IS_TABLE: Flags = 32;
const IS_ROWGROUP: Flags = 64;
const IS_ROW: Flags = 128;
/// Table parts: only directly in a table, a row group, a row.
const IN_TABLE: Flags = 256;
const IN_ROWGROUP: Flags = 512;
const IN_ROW: Flags = 1024;
/// Table contexts: only table parts and whitespace stand in them; anything
/// else is foster-parented out of the table.
const TABLE_CONTEXT: Flags = IS_TABLE | IS_ROWGROUP | IS_ROW;

/// The tags with flags, and their flags in the same order.
const NAMES: &str = "p div blockquote dl figure figcaption ol ul pre li dd dt h2 h3 h4 h5 h6 hr br img table caption thead tbody tfoot tr td th";
const FLAGS: &[Flags] = &[
    CLOSES_P,
    CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P,
    SPECIAL | CLOSES_P | HEADING,
    SPECIAL | CLOSES_P | HEADING,
    SPECIAL | CLOSES_P | HEADING,
    SPECIAL | CLOSES_P | HEADING,
    SPECIAL | CLOSES_P | HEADING,
    SPECIAL | CLOSES_P | VOID,
    SPECIAL | VOID,
    SPECIAL | VOID,
    SPECIAL | CLOSES_P | SCOPE | IS_TABLE,
    SPECIAL | SCOPE | IN_TABLE,
    SPECIAL | IS_ROWGROUP | IN_TABLE,
    SPECIAL | IS_ROWGROUP | IN_TABLE,
    SPECIAL | IS_ROWGROUP | IN_TABLE,
    SPECIAL | IS_ROW | IN_ROWGROUP,
    SPECIAL | SCOPE | IN_ROW,
    SPECIAL | SCOPE | IN_ROW,
];

/// A tag's flags (none for phrasing elements: `span`, `a`, `strong`...).
pub fn flags(tag: &str) -> Flags {
    NAMES
        .split(' ')
        .position(|t| t == tag)
        .and_then(|i| FLAGS.get(i))
        .copied()
        .unwrap_or(0)
}

/// An open element of the output: its tag and [`flags`].
pub type Open = (&'static str, Flags);

/// The `li`/`dd`/`dt` start tag's loop: an open `a` or `b` is closed
/// unless a special element other than `div`/`p` stands in between.
fn closes_open(stack: &[Open], a: &str, b: &str) -> bool {
    for (t, f) in stack.iter().rev() {
        if *t == a || *t == b {
            return true;
        }
        if f & SPECIAL != 0 {
            return false;
        }
    }
    false
}

/// The first entry, from the top, that is `name` or has a flag of `stop`.
fn open_before(stack: &[Open], name: &str, stop: Flags) -> Option<usize> {
    let i = stack.iter().rposition(|(t, f)| *t == name || f & stop != 0)?;
    (stack[i].0 == name).then_some(i)
}

/// Whether `tag` (a kept element's output name) stands where the parser
/// would put it, after `stack`.
pub fn fit(stack: &[Open], tag: &str) -> Fit {
    use Fit::*;
    let f = flags(tag);
    let parent = stack.last().map_or(0, |(_, f)| *f);
    // Table parts only directly where the table modes put them: elsewhere
    // they are ignored, or close the cell or caption they are in, or get an
    // implied parent (a `tr` directly in a `table` gets a `tbody`).
    let placed = if f & IN_TABLE != 0 {
        Some(parent & IS_TABLE != 0)
    } else if f & IN_ROWGROUP != 0 {
        Some(parent & IS_ROWGROUP != 0)
    } else if f & IN_ROW != 0 {
        Some(parent & IS_ROW != 0)
    } else if parent & TABLE_CONTEXT != 0 {
        Some(false)
    } else {
        None
    };
    if let Some(ok) = placed {
        return if ok { Fits } else { Misplaced };
    }
    let misplaced = match tag {
        // A heading directly in a heading closes it.
        _ if f & HEADING != 0 => parent & HEADING != 0,
        "li" => closes_open(stack, "li", "li"),
        "dd" | "dt" => closes_open(stack, "dd", "dt"),
        // An `a` in an open `a` (no cell or caption between) closes it.
        "a" => open_before(stack, "a", SCOPE).is_some(),
        _ => false,
    };
    if misplaced {
        return Misplaced;
    }
    match open_before(stack, "p", SCOPE) {
        Some(i) if f & CLOSES_P != 0 => CloseP(i),
        _ => Fits,
    }
}

/// Whether text stands where the parser would keep it: in a table, a row
/// group or a row only ASCII whitespace does (the rest is moved before the
/// table).
pub fn text_fits(stack: &[Open], text: &str) -> bool {
    stack.last().map_or(0, |(_, f)| *f) & TABLE_CONTEXT == 0
        || text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
}

/// Whether `tag` starts a block of its own (a line break before or after
/// one shows nothing but space).
pub fn is_block(tag: &str) -> bool {
    flags(tag) & (CLOSES_P | IN_TABLE | IN_ROWGROUP | IN_ROW) != 0
}

/// Elements without content or end tag.
pub fn is_void(tag: &str) -> bool {
    flags(tag) & VOID != 0
}
