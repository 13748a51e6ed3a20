use super::*;

fn w(q: &str) -> Vec<String> {
    words(q)
}

fn marked<'a>(text: &'a str, q: &str) -> Vec<&'a str> {
    marks(text, &w(q)).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn folding_drops_diacritics_and_case_and_keeps_one_letter_per_letter() {
    assert_eq!(fold("Hoàn Kiếm"), "hoan kiem");
    assert_eq!(fold("ĐẠI ĐOÀN KẾT"), "dai doan ket");
    assert_eq!(fold("Lã Văn Nho – Chủ tịch"), "la van nho   chu tich");
    // Decomposed accents belong to their letter.
    assert_eq!(fold("Hoa\u{300}n"), "hoan");
    // Every precomposed Vietnamese letter folds to an ASCII letter.
    let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    for c in letters.chars().chain(letters.to_uppercase().chars()) {
        assert!(fold_char(c).is_ascii_lowercase(), "{c}");
    }
}

#[test]
fn a_querys_words_are_marked_where_they_start_words_whatever_the_accents() {
    assert_eq!(marked("Quận Hoàn Kiếm tổ chức", "hoan kiem"), ["Hoàn", "Kiếm"]);
    assert_eq!(
        marked("Lã Văn Nho – Chủ tịch Hội CCB", "Lã Văn Nho"),
        ["Lã", "Văn", "Nho"]
    );
    // A prefix marks the start of a word, never the middle of another.
    assert_eq!(marked("Hoàn Kiếm, Hoàng Mai, Chương", "hoan"), ["Hoàn", "Hoàn"]);
    assert_eq!(marked("xuân", "an"), Vec::<&str>::new());
    // Whole words, but for the last (a query being typed).
    assert_eq!(marked("lãnh đạo Lã Văn Nho", "la van nho"), ["Lã", "Văn", "Nho"]);
    assert_eq!(marked("Hoàn Kiếm", "hoan kie"), ["Hoàn", "Kiế"]);
    assert_eq!(marked("Hoàng Mai", "hoan mai"), ["Mai"]);
    // The longest word wins where two start alike; nothing overlaps.
    assert_eq!(marked("Hoàng Mai", "hoa hoang"), ["Hoàng"]);
    // Decomposed accents stay inside their mark.
    let decomposed = "Hoa\u{300}n Kie\u{302}\u{301}m";
    assert_eq!(marked(decomposed, "hoan kiem"), ["Hoa\u{300}n", "Kie\u{302}\u{301}m"]);
    assert!(marks("Hoàn Kiếm", &[]).is_empty());
    assert!(marked("", "a").is_empty());
}

#[test]
fn every_mark_is_a_char_boundary_range_of_the_text_in_order() {
    let texts = [
        "Sáng ngày 04/02/2021, tại 42 phố Nhà Chung",
        "ĐĐĐ đđ a\u{301}a\u{301}",
        "x",
    ];
    for text in texts {
        for q in ["d", "a", "42 pho", "nha chung", "sang ngay", "x"] {
            let ranges = marks(text, &w(q));
            let mut last = 0;
            for r in ranges {
                assert!(r.start >= last && r.start < r.end, "{text:?} {q:?}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                last = r.end;
            }
        }
    }
}

#[test]
fn the_sentence_with_the_phrase_is_found_and_trimmed() {
    let text = "Tới dự hội nghị có các đồng chí lãnh đạo. Lã Văn Nho – Chủ tịch Hội CCB quận cùng các đồng chí. Hết.";
    assert_eq!(
        sentence_with(text, &w("la van nho")).as_deref(),
        Some("Lã Văn Nho – Chủ tịch Hội CCB quận cùng các đồng chí.")
    );
    // Whole words, in order: scattered syllables are not the phrase.
    assert_eq!(sentence_with(text, &w("nho la")), None);
    assert_eq!(sentence_with(text, &w("van nh")), None);
    assert_eq!(sentence_with(text, &[]), None);
    // Lines end sentences too; a dot inside a number doesn't.
    let lines = "Tiêu đề\n  Ngày 04.02.2021 tại 42 phố Nhà Chung  \nCuối";
    assert_eq!(
        sentence_with(lines, &w("nha chung")).as_deref(),
        Some("Ngày 04.02.2021 tại 42 phố Nhà Chung")
    );
}

#[test]
fn a_long_sentence_is_cut_around_the_phrase_at_whole_words() {
    let before = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(20);
    let after = " mười chín tám bảy sáu năm bốn ba hai một".repeat(20);
    let text = format!("{before}Lã Văn Nho{after}.");
    let s = sentence_with(&text, &w("La Van Nho")).unwrap();
    assert!(s.contains("Lã Văn Nho"), "{s}");
    assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    assert!(s.chars().count() <= SENTENCE_MAX + 2, "{}", s.chars().count());
    // Cut between words: the first and last words are whole ones.
    let inner = s.trim_matches('…');
    for word in [inner.split(' ').next().unwrap(), inner.rsplit(' ').next().unwrap()] {
        assert!(text.split([' ', '.']).any(|t| t == word), "{word:?}");
    }
}
