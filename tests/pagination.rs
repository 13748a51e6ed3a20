#![cfg(not(target_arch = "wasm32"))]
//! Pager arithmetic on ordinary and hostile numbers.

use tintuc::pagination::{parse_page, PageCell, PageCell::*, Pager};

fn cells(cur: u32, per: u32, total: u64) -> Vec<PageCell> {
    Pager::new(cur, per, total).cells(2)
}

#[test]
fn page_counts() {
    assert_eq!(Pager::new(1, 10, 0).total_pages, 0);
    assert_eq!(Pager::new(1, 10, 1).total_pages, 1);
    assert_eq!(Pager::new(1, 10, 10).total_pages, 1);
    assert_eq!(Pager::new(1, 10, 11).total_pages, 2);
    assert_eq!(Pager::new(1, 0, 5).total_pages, 1, "per_page 0: one page");
    assert_eq!(Pager::new(1, 0, 0).total_pages, 0);
    assert_eq!(Pager::new(1, 1, u64::MAX).total_pages, u32::MAX, "saturates");
}

#[test]
fn prev_and_next() {
    let p = Pager::new(1, 10, 64);
    assert_eq!((p.prev(), p.next()), (None, Some(2)));
    let p = Pager::new(7, 10, 64);
    assert_eq!((p.prev(), p.next()), (Some(6), None));
    let p = Pager::new(0, 10, 64);
    assert_eq!(p.current, 1, "page 0 is page 1");
    // Past the end: "previous" goes back to the last real page.
    let p = Pager::new(50, 10, 64);
    assert!(p.is_past_end());
    assert_eq!((p.prev(), p.next()), (Some(7), None));
    let p = Pager::new(u32::MAX, 10, 64);
    assert_eq!(p.next(), None);
}

#[test]
fn number_row_with_gaps() {
    assert_eq!(cells(1, 10, 30), vec![Page(1), Page(2), Page(3)]);
    assert_eq!(cells(1, 10, 200), vec![Page(1), Page(2), Page(3), Gap, Page(20)]);
    assert_eq!(
        cells(10, 10, 200),
        vec![
            Page(1),
            Gap,
            Page(8),
            Page(9),
            Page(10),
            Page(11),
            Page(12),
            Gap,
            Page(20)
        ]
    );
    // A gap of one page shows the page instead.
    assert_eq!(
        cells(4, 10, 200),
        vec![Page(1), Page(2), Page(3), Page(4), Page(5), Page(6), Gap, Page(20)]
    );
    assert_eq!(cells(20, 10, 200), vec![Page(1), Gap, Page(18), Page(19), Page(20)]);
    assert_eq!(cells(1, 10, 0), vec![]);
    assert_eq!(
        cells(99, 10, 30),
        vec![Page(1), Page(2), Page(3)],
        "past the end: clamp"
    );
    let huge = Pager::new(u32::MAX, 1, u64::MAX).cells(2);
    assert_eq!(huge.last(), Some(&Page(u32::MAX)));
}

#[test]
fn page_query_values() {
    assert_eq!(parse_page(None), 1);
    assert_eq!(parse_page(Some("2")), 2);
    assert_eq!(parse_page(Some(" 3 ")), 3);
    for bad in ["0", "-1", "abc", "", "1.5", "99999999999999999999", "２"] {
        assert_eq!(parse_page(Some(bad)), 1, "{bad:?}");
    }
}
